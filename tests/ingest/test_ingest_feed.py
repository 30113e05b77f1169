import http.server
import socket
import threading
import time

import pytest

from podiya.settings import load_settings


def test_rss_items(fixtures, read_all):
    articles, errors = read_all(fixtures / "feed.rss")
    assert [a.id for a in articles] == ["https://example.com/news/1#guid", "https://example.com/news/2"]
    first = articles[0]
    assert first.text == "Переговори в Душанбе\n\nЗустріч Алієва та Путіна.\nДругий абзац."
    assert (first.title, first.url, first.date) == ("Переговори в Душанбе", "https://example.com/news/1", "2025-10-17")
    assert len(errors) == 1 and errors[0].source.endswith("feed.rss#item3")


def test_atom_entry(fixtures, read_all):
    [a], errors = read_all(fixtures / "feed.atom")
    assert errors == []
    assert (a.id, a.date, a.url, a.text) == ("urn:example:entry:1", "2025-10-17", "https://example.com/en/1",
                                             "Talks in Dushanbe\n\nAliyev met Putin in Dushanbe.")


def test_rss_date_in_the_publisher_time_zone(tmp_path, read_all):
    (tmp_path / "late.rss").write_text(
        '<rss version="2.0"><channel><title>x</title><item><title>Пізня новина</title>'
        '<pubDate>Fri, 17 Oct 2025 01:30:00 +0300</pubDate><description>Текст.</description></item></channel></rss>',
        encoding="utf-8")
    [a], _ = read_all(tmp_path / "late.rss")
    assert a.date == "2025-10-17"  # 2025-10-16 in UTC


@pytest.fixture
def feed_server(fixtures):
    """A local HTTP server on 127.0.0.1 serving the fixture folder; its base URL."""
    handler = lambda *args: http.server.SimpleHTTPRequestHandler(*args, directory=str(fixtures))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.RequestHandlerClass.log_message = lambda *a: None
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_feed_and_page_from_url(feed_server, read_all):
    articles, errors = read_all([f"{feed_server}/feed.rss", f"{feed_server}/page.html"])
    assert [a.id for a in articles] == ["https://example.com/news/1#guid", "https://example.com/news/2",
                                        f"{feed_server}/page.html"]
    assert articles[-1].title == "Переговори в Душанбе"
    assert len(errors) == 1  # the empty third item


def test_url_that_does_not_answer(read_all):
    with socket.socket() as probe:  # a free port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.perf_counter()
    articles, errors = read_all([f"http://127.0.0.1:{port}/feed.rss"],
                                settings=load_settings(fetch_timeout=2))
    assert time.perf_counter() - started < 5
    assert articles == [] and "cannot fetch" in errors[0].reason


def test_url_that_hangs_times_out(read_all):
    with socket.socket() as silent:  # accepts connections (backlog) but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        started = time.perf_counter()
        articles, errors = read_all([f"http://127.0.0.1:{silent.getsockname()[1]}/feed"],
                                    settings=load_settings(fetch_timeout=1))
    assert time.perf_counter() - started < 4
    assert articles == [] and "cannot fetch" in errors[0].reason
