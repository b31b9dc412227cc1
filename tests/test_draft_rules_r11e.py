"""Rules of round 11 of issue 18 (events), as tables (each row its own sentences, not a fixture's):
a news outlet that passed the news on ('state news agency WAM reported', '..., the official Xinhua
news agency reported', 'according to Bernama') takes no part in the event it reports (an outlet
that is a side of a deal still is). Guard rows keep what is right.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

import pytest

from ruletable import meetings


@pytest.mark.parametrize(("text", "sides", "outlet"), [
    ("Abu Dhabi Ports Group and the Kazakh railway company Temir Zholy signed an agreement in Abu "
     "Dhabi on Tuesday to build a freight terminal at Khorgos, state news agency WAM reported.",
     {"abu-dhabi-ports-group", "temir-zholy"}, "wam"),
    ("Ethiopian Airlines and Zambia Airways signed a deal in Addis Ababa on Monday to set up a joint "
     "maintenance base in Lusaka, the official Xinhua news agency reported.",
     {"ethiopian-airlines", "zambia-airways"}, "xinhua"),
    ("Sarawak Energy Corporation and the state gas firm Petros signed a gas supply agreement in Kuching "
     "on Tuesday, according to Bernama.",
     {"sarawak-energy-corporation", "petros"}, "bernama"),
    ("The Algerian Petroleum Institute and Eni Corporation signed a $1.3 billion contract in Algiers "
     "on Sunday to train engineers, the Algerie Presse Service reported. The agreement was signed by "
     "the two bodies' directors, the agency said.",
     {"algerian-petroleum-institute", "eni-corporation"}, "algerie-presse-service"),
])
def test_a_news_outlet_reporting_a_signing_is_none_of_its_sides(text: str, sides: set[str],
                                                                 outlet: str) -> None:
    found = meetings(text)
    assert len(found) == 1, found
    organisations = set(found[0].get("organisations") or ())
    assert sides <= organisations and outlet not in organisations, found[0]


def test_an_outlet_that_signs_is_a_side() -> None:
    # guard: the agency is a party, named as one, not the one telling of it
    found = meetings("Xinhua signed an agreement with the Kenya News Agency in Nairobi on Monday to "
                     "share news photographs, the two agencies said.")
    assert len(found) == 1, found
    assert {"xinhua", "kenya-news-agency"} <= set(found[0].get("organisations") or ()), found
