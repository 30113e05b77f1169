import io

import pytest

from podiya.settings import load_settings

PAGE = ('<html><head><title>Переговори в Душанбе</title></head><body><article><p>Зустріч Ільхама Алієва та '
        'Владіміра Путіна 9 жовтня в Душанбе стала не просто протокольною подією.</p></article></body></html>')
DATED = PAGE.replace("<title>", '<meta property="article:published_time" content="2025-10-10"><title>')


def write_warc(path, gz):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for uri, body, ctype in (("https://example.com/a", PAGE, "text/html; charset=utf-8"),
                                 ("https://example.com/robots.txt", "User-agent: *", "text/plain"),
                                 ("https://example.com/b", DATED, "text/html"),
                                 ("https://example.com/c", "<html><body></body></html>", "text/html")):
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode()),
                                               http_headers=http, warc_headers_dict={"WARC-Date": "2025-10-18T08:00:00Z"})
            writer.write_record(record)


@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_records(tmp_path, read_all, name, gz):
    write_warc(tmp_path / name, gz)
    articles, errors = read_all(tmp_path / name)
    assert [a.url for a in articles] == ["https://example.com/a", "https://example.com/b"]
    assert all(a.id.startswith("urn:uuid:") for a in articles)
    assert articles[0].date == "2025-10-18"  # no date in the page: the crawl date
    assert articles[1].date == "2025-10-10"  # the page's own date wins
    assert articles[0].text.startswith("Переговори в Душанбе\n\nЗустріч")
    assert len(errors) == 1 and "#record4" in errors[0].source


def test_truncated_warc_reports_and_keeps_earlier_records(tmp_path, read_all):
    write_warc(tmp_path / "full.warc", False)
    data = (tmp_path / "full.warc").read_bytes()
    (tmp_path / "cut.warc").write_bytes(data[: len(data) * 2 // 3] + b"garbage\r\n\r\nWARC/1.0\r\nbroken")
    articles, errors = read_all(tmp_path / "cut.warc")
    assert articles and articles[0].url == "https://example.com/a"
    assert errors


def test_warc_page_over_limit_is_skipped(tmp_path, read_all):
    write_warc(tmp_path / "c.warc", False)
    articles, errors = read_all(tmp_path / "c.warc", settings=load_settings(max_html_bytes=50))
    assert articles == [] and sum("max_html_bytes" in e.reason for e in errors) == 2  # a and b; c is tiny
