"""The loader rejects bad records and names the file and line."""
import json

import pytest

from podiya.errors import DataFileError
from podiya.knowledge import load_kb

RUSSIA = {"id": "Q159", "type": "LOC", "kind": "state", "country": "RUS", "sector": "GOV",
          "names": {"uk": "Росія", "en": "Russia"}}
OFFICE = {"id": "RUS.head_of_state", "leader": True}


def person(pid, start, end, surname="Путін", ambiguous=()):
    return {"id": pid, "type": "PER", "kind": "person", "country": "RUS", "sector": "GOV",
            "names": {"uk": f"{pid} {surname}"}, "aliases": {"uk": [surname]}, "ambiguous": list(ambiguous),
            "tenures": [{"office": "RUS.head_of_state", "start": start, "end": end}]}


def write(tmp_path, **files):
    for name, records in files.items():
        (tmp_path / f"{name}.jsonl").write_text(
            "".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) + "\n" for r in records),
            encoding="utf-8")
    return str(tmp_path)


def load(tmp_path, **files):
    load_kb.cache_clear()
    try:
        return load_kb(write(tmp_path, **files))
    finally:
        load_kb.cache_clear()


def test_a_good_base_loads(tmp_path):
    kb = load(tmp_path, states=[RUSSIA], offices=[OFFICE],
              people=[person("pd:per:a", "2000-01-01", "2008-01-01", "А"), person("pd:per:b", "2008-01-01", None, "Б")])
    assert kb.office_holder("RUS.head_of_state", "2008-01-01").id == "pd:per:b"
    assert kb.office_holder("RUS.head_of_state", "2007-12-31").id == "pd:per:a"


@pytest.mark.parametrize("bad,message", [
    ({**RUSSIA, "type": "PLACE"}, "type 'PLACE'"),
    ({**RUSSIA, "sector": "XYZ"}, "sector 'XYZ'"),
    ({**RUSSIA, "kind": "planet"}, "kind 'planet'"),
    ({**RUSSIA, "id": "russia"}, "neither a Wikidata QID"),
    ({**RUSSIA, "id": "pd:org:russia"}, "does not carry its type"),
    ({**RUSSIA, "names": {}}, "names"),
    ({**RUSSIA, "colour": "red"}, "unknown field"),
    ({**RUSSIA, "aliases": {"de": ["Russland"]}}, "unknown language 'de'"),
    ({**RUSSIA, "metonym": ["RUS"]}, "metonym"),
])
def test_bad_field_cites_file_and_line(tmp_path, bad, message):
    with pytest.raises(DataFileError, match=message) as err:
        load(tmp_path, states=[RUSSIA | {"id": "Q1"}, bad])
    assert "states.jsonl:2" in str(err.value)


def test_bad_json_cites_line(tmp_path):
    with pytest.raises(DataFileError, match=r"states.jsonl:2: not valid JSON"):
        load(tmp_path, states=[RUSSIA, "{oops\n"])


def test_duplicate_id(tmp_path):
    with pytest.raises(DataFileError, match="duplicate id 'Q159'"):
        load(tmp_path, states=[RUSSIA, RUSSIA])


def test_unknown_country_code(tmp_path):
    city = {"id": "pd:loc:x", "type": "LOC", "kind": "city", "country": "XXX", "names": {"en": "X"}}
    with pytest.raises(DataFileError, match="country 'XXX'"):
        load(tmp_path, states=[RUSSIA], places=[city])


def test_io_codes_are_known(tmp_path):
    nato = {"id": "pd:org:nato", "type": "ORG", "kind": "io", "country": "NATO", "sector": "IGO", "names": {"en": "NATO"}}
    assert load(tmp_path, organisations=[nato]).get("pd:org:nato").country == "NATO"


def test_tenure_of_unknown_office(tmp_path):
    with pytest.raises(DataFileError, match="not in offices.jsonl"):
        load(tmp_path, states=[RUSSIA], people=[person("pd:per:a", "2000-01-01", None)])


def test_tenure_ending_before_start(tmp_path):
    with pytest.raises(DataFileError, match="ends .* before it starts"):
        load(tmp_path, states=[RUSSIA], offices=[OFFICE], people=[person("pd:per:a", "2000-01-01", "1999-01-01")])


def test_bad_tenure_date(tmp_path):
    with pytest.raises(DataFileError, match="YYYY-MM-DD"):
        load(tmp_path, states=[RUSSIA], offices=[OFFICE], people=[person("pd:per:a", "2000-13-01", None)])


def test_overlapping_tenures(tmp_path):
    with pytest.raises(DataFileError, match="overlaps"):
        load(tmp_path, states=[RUSSIA], offices=[OFFICE],
             people=[person("pd:per:a", "2000-01-01", "2009-01-01", "А"), person("pd:per:b", "2008-01-01", None, "Б")])


def test_two_open_tenures_overlap(tmp_path):
    with pytest.raises(DataFileError, match="overlaps"):
        load(tmp_path, states=[RUSSIA], offices=[OFFICE],
             people=[person("pd:per:a", "2000-01-01", None, "А"), person("pd:per:b", "2008-01-01", None, "Б")])


def test_shared_alias_must_be_declared(tmp_path):
    people = [person("pd:per:a", "2000-01-01", "2008-01-01"), person("pd:per:b", "2008-01-01", None)]
    with pytest.raises(DataFileError, match="names several PER entries"):
        load(tmp_path, states=[RUSSIA], offices=[OFFICE], people=people)
    declared = [person("pd:per:a", "2000-01-01", "2008-01-01", ambiguous=["Путін"]),
                person("pd:per:b", "2008-01-01", None, ambiguous=["Путін"])]
    kb = load(tmp_path, states=[RUSSIA], offices=[OFFICE], people=declared)
    assert len(kb.lookup("Путін")) == 2


def test_same_alias_different_types_is_fine(tmp_path):
    city = {"id": "pd:loc:moscow", "type": "LOC", "kind": "capital", "country": "RUS", "names": {"uk": "Москва"}}
    club = {"id": "pd:org:moscow", "type": "ORG", "kind": "company", "country": "RUS", "names": {"uk": "Москва"}}
    assert len(load(tmp_path, states=[RUSSIA], places=[city], organisations=[club]).lookup("москва")) == 2


def test_office_role_must_be_known(tmp_path):
    with pytest.raises(DataFileError, match="office role 'tsar' is not in roles.jsonl"):
        load(tmp_path, states=[RUSSIA], offices=[{**OFFICE, "roles": ["tsar"]}],
             roles=[{"id": "head_of_state", "phrases": {"uk": ["президент"]}}])


def test_ambiguous_form_must_be_an_alias(tmp_path):
    with pytest.raises(DataFileError, match="ambiguous form 'Путен' is none of the entry's names"):
        load(tmp_path, states=[RUSSIA], offices=[OFFICE], people=[person("pd:per:a", "2000-01-01", None, ambiguous=["Путен"])])
