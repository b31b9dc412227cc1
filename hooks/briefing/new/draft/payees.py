"""A body paid a sum: 'Last year we paid Eskom 940 million pula', 'the state still owes Sonatrach
$2 billion'. Whoever is paid a sum by a firm or a state is a firm, a state or a person; a name
opening with no given name is a body (so 'buys power from Eskom in South Africa' names no town
Eskom)."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import CITIES, COUNTRIES, CURRENCY_CODES

# The verb of a payment, the payee, then the sum: a number, a currency's sign or code before it.
_SUM = rf"(?:[$€£¥₹]|(?:{'|'.join(CURRENCY_CODES)})\s?)?\d"
_PAID = re.compile(rf"\b(?:paid|pays|pay|paying|owes|owed|owe|owing)\s+"
                   rf"(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,2}})\s+(?:about\s+|some\s+|nearly\s+)?{_SUM}")


@lru_cache(maxsize=8)
def _payees(whole: str) -> frozenset[str]:
    return frozenset(m.group("name") for m in _PAID.finditer(whole))


def paid_a_sum(whole: str, name: str) -> bool:
    """`name` is paid or owed a sum somewhere in `whole` (the article), and opens with no given
    name, nor is a country or a city (a state paid is a place's government: left)."""
    words = name.split()
    return name in _payees(whole) and not is_given_name(words[0]) \
        and name not in COUNTRIES and name not in CITIES
