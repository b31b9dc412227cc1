"""Where an event is held, named after 'at' alone: 'met village chairmen at Chamwino', 'told a
rally at Chinhoyi on Sunday', 'started the last two turbines at Kamichu in a ceremony' (round 13:
none was drafted; 'at X' alone names a body as often as a place, 'works at Google', so 'at' counts
only beside an event: a verb of meeting or an event's noun before it in the clause, or 'in a
ceremony' after the name)."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import CITIES, KNOWN_ORGS, NOT_NAME
from briefing.new.draft.names import Run

_EVENT = (r"(?:met|meet|meets|meeting|meetings|rally|rallies|ceremony|conference|summit|talks|gathering|"
          r"gathered|funeral|parade|vigil|protest|demonstration|speech|addressed|camped|landed|"
          r"arrived|stopped|opened|held|hosted|final|"
          # round 15: 'view the plans at a drop-in session at Tullie House' (a body)
          r"session|sessions|exhibition|concert|"
          # round 20: an inquiry's or a court's hearing ('after a similar hearing at Wick': no place)
          r"hearing|hearings|inquiry|inquest)")
# A body that sits there, 'sit' right before 'at' ('The committee will sit again at Dingwall on
# Tuesday'; round 20: no place), not 'sat on the board at Barclays'.
_SITS = re.compile(r"\b(?:sit|sits|sat|sitting)\s+(?:again\s+|next\s+|today\s+|tomorrow\s+|later\s+)?at\s+$")
_EVENT_BEFORE = re.compile(rf"\b{_EVENT}\b[^,;.:!?\"“”()]{{0,50}}\bat\s+$")
_EVENT_BEFORE_THE = re.compile(rf"\b{_EVENT}\b[^,;.:!?\"“”()]{{0,50}}\bat\s+(?:the\s+)?$")
_EVENT_AFTER = re.compile(r"\s+in\s+(?:a|an)\s+(?:[a-z\-]+\s+)?(?:ceremony|meeting|rally|speech)\b")
# People who work for a body, before 'at' and its name: 'She met analysts at Google' (a firm).
_STAFF_AT = re.compile(r"\b(?:analysts|executives|employees|staff|managers|engineers|researchers|scientists|"
                       r"economists|bankers|directors)\s+at\s+$")
_IN_A_CITY = re.compile(r",\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?=[,.;]|\s+[a-z])")
_AFTER = re.compile(r"\s*(?:[.,;:)]|$|(?:on|in|and|where|when|last|this|after|before|during|near|to|for|"
                    # round 20: a day's word after the place ('the final day of the conference at
                    # Faleula yesterday, attended by': no place)
                    r"with|since|yesterday|today|tomorrow|tonight)\b)")


def house_as_venue(paragraph: str, run: Run, tokens: list[str]) -> bool:
    """'Talks were held at Hyderabad House', 'the final at the Tigran Petrosian Chess House': a
    house where an event is held is a building, though 'House' ends bodies' names too ('Chatham
    House said'): round 13."""
    if 2 <= len(tokens) <= 4 and tokens[-1] == "House" and re.search(r"\bat\s+the\s+$", window.before(
            paragraph, run.start)) and _in_a_city_match(window.after(paragraph, run.end)):
        return True  # 'a meeting with the Minister at the Custom House, Dublin': a building in a city
        # (round 15: drafted a body)
    return 2 <= len(tokens) <= 4 and tokens[-1] == "House" \
        and bool(_EVENT_BEFORE_THE.search(window.before(paragraph, run.start))) \
        and bool(_AFTER.match(window.after(paragraph, run.end)))


def _in_a_city_match(text: str) -> bool:
    found = _IN_A_CITY.match(text)
    return found is not None and found.group(1) in CITIES


def venue_at(paragraph: str, run: Run, tokens: list[str]) -> bool:
    if len(tokens) > 2 or run.text.isupper() or tokens[0] in NOT_NAME or run.text in KNOWN_ORGS \
            or len(tokens) == 2 and is_given_name(tokens[0]) \
            or not re.search(r"\bat\s+$", window.before(paragraph, run.start)) \
            or _STAFF_AT.search(window.before(paragraph, run.start)):
        return False
    after = window.after(paragraph, run.end)
    before = window.before(paragraph, run.start)
    return bool(_AFTER.match(after)) and (bool(_EVENT_BEFORE.search(before) or _SITS.search(before))
                                          or bool(_EVENT_AFTER.match(after)))
