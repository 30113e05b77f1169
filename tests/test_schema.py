import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from podiya.schema import Document, json_schema

PUBLISHED = Path(__file__).resolve().parents[1] / "docs" / "document.schema.json"


def test_published_json_schema_is_in_sync():
    # Regenerate with: python -c "import json; from podiya.schema import json_schema; ..." (see docs/README)
    assert json.loads(PUBLISHED.read_text(encoding="utf-8")) == json.loads(json.dumps(json_schema(), sort_keys=True))


def test_document_serializes_in_the_contract_shape():
    doc = Document(id="a", lang="uk", date=None, text="Текст.", sentences=[(0, 6)])
    out = doc.to_json_dict()
    assert list(out)[:4] == ["schema", "id", "lang", "date"]
    assert out["schema"] == 1 and out["sentences"] == [[0, 6]]
    for key in ("entities", "times", "events", "summary"):
        assert out[key] == []


def test_unknown_entity_type_is_rejected():
    with pytest.raises(ValidationError):
        Document.model_validate({"id": "a", "lang": "uk", "date": None, "text": "x",
                                 "entities": [{"id": "E1", "type": "MISC", "name": "x"}]})
