"""Rules of round 20 (helper geo-r20: organisations and places in drafts, and the ids they get).
The develop sets (outside-r19b, r19a, r18b and older) showed these classes wrong, each fixed for
any article:

- An organisation's or a place's id kept an apostrophe as a hyphen ("Côte d'Ivoire" ->
  'cote-d-ivoire', "Truro Coroner's Court" -> 'truro-coroner-s-court') where a person's id drops it
  (round 19) and the answers and the site's writers drop it: one rule for every name's id, and for
  the tables keyed by it; a meeting's or a quote's id from its words likewise ('zimbabwe-v-cote-divoire').
  (r19b namibia: the scheduled match 'zimbabwe' v 'cote-d-ivoire' was not found.)

Guard rows keep what was right. Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

import pytest

from ruletable import draft


def _ids(data: dict[str, object], kind: str) -> dict[str, str]:
    return {r["name"]: r["id"] for r in data.get(kind, [])}  # type: ignore[attr-defined]


@pytest.mark.parametrize("text, kind, name, wanted", [
    ("Zimbabwe will play Côte d'Ivoire in Nairobi on 18 July, the federation said.",
     "places", "Côte d'Ivoire", "cote-divoire"),
    ("The Truro Coroner's Court heard on Tuesday that the boat sank in minutes.",
     "organisations", "Truro Coroner's Court", "truro-coroners-court"),
    ("The Barra del Colorado Fishermen's Association said the ban would cost its members dearly.",
     "organisations", "Barra del Colorado Fishermen's Association",
     "barra-del-colorado-fishermens-association"),
    ("Pipes were laid from Ma'an to Aqaba, the Water Authority of Jordan said on Monday.",
     "places", "Ma'an", "maan"),
])
def test_an_id_drops_the_apostrophes_of_a_name(text: str, kind: str, name: str, wanted: str) -> None:
    found = _ids(draft(text), kind)
    assert found.get(name) == wanted, found


def test_a_meeting_names_its_participants_by_their_ids() -> None:
    data = draft("Zimbabwe will play Côte d'Ivoire in Nairobi on 18 July, the federation said.")
    held = {i for m in data.get("meetings", [])
            for i in [*m.get("participants", ()), *m.get("organisations", ())]}
    ids = {r["id"] for kind in ("people", "organisations", "places") for r in data.get(kind, [])}
    assert "cote-divoire" in ids and "cote-d-ivoire" not in held | ids, (held, ids)


@pytest.mark.parametrize("text, kind, name, wanted", [  # guards: ids without apostrophes stay
    ("The U.S. State Department said on Monday it would send a team.",
     "organisations", "U.S. State Department", "us-state-department"),
    ("Conor O'Brien, a spokesman for the Irish Farmers' Association, said prices fell.",
     "people", "Conor O'Brien", "conor-obrien"),
])
def test_ids_stay_right(text: str, kind: str, name: str, wanted: str) -> None:
    found = _ids(draft(text), kind)
    assert found.get(name) == wanted, found
