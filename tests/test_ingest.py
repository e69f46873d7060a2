"""Every input form `iter_documents` reads, and the bad inputs it must survive."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import io
import json
import random
import socket
import sys
import threading
import time

import pytest

from eventwire.errors import InputError
from eventwire.ingest import decode_bytes, iter_documents, sniff
from eventwire.ingest.fetch import fetch
from unprivileged import run_obeying_file_modes

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Jets pound Kafr Nabudah | Example News</title>
<meta property="article:published_time" content="2019-05-06T07:00:00+01:00">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "LiveBlogPosting",
 "headline": "Jets pound Kafr Nabudah: Syria live",
 "datePublished": "2019-05-06T07:00:00+01:00",
 "liveBlogUpdate": [
  {"@type": "BlogPosting", "headline": "Toll rises",
   "datePublished": "2019-05-06T13:30:00Z",
   "articleBody": "Rescuers raised the death toll in Kafr Nabudah to nine on Monday."},
  {"@type": "BlogPosting", "headline": "Turkey urges calm",
   "datePublished": "2019-05-06T15:15:00+01:00",
   "articleBody": "Turkey's defence minister urged calm, saying:"}]}
</script></head>
<body>
<nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<article>
<h1>Jets pound Kafr Nabudah: Syria live</h1>
<p>Air strikes hit the northwest Hama countryside for a sixth day, after
<a href="https://news.test/2019/05/05/hospital" title="Hospital hit in Qalaat al-Madiq">the
hospital strike</a> on Sunday drew wide condemnation.</p>
<p><strong>UPDATE 1330 GMT:</strong> Rescuers raised the death toll in Kafr Nabudah to nine
on Monday.</p>
<p><b>Update, 15:15 BST:</b> Turkey's defence minister urged calm, saying:</p>
<blockquote><p>We will not allow our posts to be attacked. Every attack will be
answered.</p></blockquote>
<p>See our report of 4 May: <a href="https://news.test/2019/05/04/post">Turkish post shelled
near Shir Mughar</a>.</p>
</article>
<footer><p>\u00a9 2023 Example News. All rights reserved.</p></footer>
</body></html>
"""

UNDATED_PAGE = """<!DOCTYPE html><html><head><meta charset="iso-8859-1">
<title>Strikes near Lattaqui\u00e9</title></head><body><article>
<h1>Strikes near Lattaqui\u00e9</h1>
<p>Warplanes struck villages west of Jisr al-Chughour near Lattaqui\u00e9 on Friday, killing
three people, a monitor said.</p>
<p>The caf\u00e9 owner said the road to the coast was closed for most of the day.</p>
</article><footer>\u00a9 2021 Example News. Last updated 2021.</footer></body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Idlib Monitor</title><link>https://monitor.test/</link>
<description>Reports</description>
<item><title>Nine dead in Kafr Nabudah</title>
<link>https://monitor.test/2019/05/06/nine-dead</link>
<guid>https://monitor.test/2019/05/06/nine-dead</guid>
<pubDate>Mon, 06 May 2019 01:30:00 +0300</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Air strikes killed nine civilians in Kafr Nabudah,
rescuers said.</p><p>See <a href="https://monitor.test/2019/05/05/hospital">the hospital
report</a>.</p>]]></content:encoded></item>
<item><title>Post shelled near Shir Mughar</title>
<link>https://monitor.test/2019/05/04/post</link>
<pubDate>Sat, 04 May 2019 18:00:00 GMT</pubDate>
<description>Two Turkish soldiers were wounded when a post was shelled.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ceasefire Watch</title>
<id>urn:ceasefire-watch</id><updated>2019-05-08T10:00:00Z</updated>
<entry><title>Chemical claim unverified</title><id>urn:claim-check</id>
<link href="https://watch.test/claim"/>
<published>2019-05-07T21:00:00Z</published><updated>2019-05-08T10:00:00Z</updated>
<content type="html">&lt;p&gt;The Russian claim of a staged chemical attack is
unverified, monitors said.&lt;/p&gt;</content></entry>
</feed>
"""


def documents(source, **kwargs):
    items = list(iter_documents(str(source), **kwargs))
    return [i for i in items if not isinstance(i, InputError)], \
        [str(i) for i in items if isinstance(i, InputError)]


# --- plain text -----------------------------------------------------------------------------

def test_text_file_takes_its_date_from_its_name(tmp_path):
    path = tmp_path / "2019-05-06-kafr-nabudah.txt"
    path.write_text("Jets strike Kafr Nabudah\n\nJets struck the town on Monday.\n")
    [doc], errors = documents(path)
    assert errors == []
    assert doc.date == dt.date(2019, 5, 6)
    assert doc.id == "2019-05-06-kafr-nabudah"
    assert doc.title == "Jets strike Kafr Nabudah"


def test_given_date_wins_over_the_name(tmp_path):
    path = tmp_path / "2019-05-06-report.txt"
    path.write_text("Jets struck the town.")
    [doc], _ = documents(path, date=dt.date(2019, 5, 7))
    assert doc.date == dt.date(2019, 5, 7)
    assert doc.title is None


def test_latin1_and_mixed_bytes_are_decoded(tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Strikes near Lattaqui\u00e9, a caf\u00e9 hit.".encode(
        "latin-1"))
    (tmp_path / "mixed.txt").write_bytes(
        "Rescuers said \u201cthe planes did not stop\u201d.".encode() + b" Caf\xe9 closed.")
    [latin1], _ = documents(tmp_path / "latin1.txt")
    [mixed], _ = documents(tmp_path / "mixed.txt")
    assert latin1.text == "Strikes near Lattaqui\u00e9, a caf\u00e9 hit."
    assert mixed.text == "Rescuers said \u201cthe planes did not stop\u201d. Caf\u00e9 closed."


def test_decode_bytes_never_fails():
    assert decode_bytes("\ufeffBOM text".encode()) == "BOM text"
    assert decode_bytes("UTF-16 text".encode("utf-16")) == "UTF-16 text"
    assert isinstance(decode_bytes(bytes(range(256))), str)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty: no text to code"),
    (b"  \n\n\t ", "empty: no text to code"),
    (random.Random(3).randbytes(4000), "binary data, not text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40, "binary data, not text"),
])
def test_empty_and_binary_files_are_refused_clearly(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert documents(path) == ([], [f"{path}: {message}"])


def test_missing_file_and_unreadable_file(tmp_path):
    assert documents(tmp_path / "nope.txt") == ([], [f"{tmp_path / 'nope.txt'}: no such file"])
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret.")
    locked.chmod(0)
    try:  # in a process that cannot read it, even as root
        done = run_obeying_file_modes(sys.executable, "-c", (
            "import sys; from eventwire.ingest import iter_documents; "
            "print(*(f'{type(i).__name__}: {i}' for i in iter_documents(sys.argv[1])), sep='\\n')"),
            str(locked))
    finally:
        locked.chmod(0o644)
    assert done.stdout.splitlines() == [f"InputError: {locked}: permission denied"]


# --- HTML -----------------------------------------------------------------------------------

@pytest.fixture
def page(tmp_path):
    path = tmp_path / "live.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc], errors = documents(path)
    assert errors == []
    return doc


def test_html_main_text_without_menus_and_footer(page):
    assert page.text.startswith("Jets pound Kafr Nabudah: Syria live\nAir strikes hit")
    assert "Politics" not in page.text
    assert "rights reserved" not in page.text
    assert page.title == "Jets pound Kafr Nabudah: Syria live"
    assert page.date == dt.date(2019, 5, 6)


def test_html_keeps_bold_markers_at_line_start_and_block_quotes_apart(page):
    lines = page.text.splitlines()
    assert "UPDATE 1330 GMT: Rescuers raised the death toll in Kafr Nabudah to nine on Monday." \
        in lines
    assert "We will not allow our posts to be attacked. Every attack will be answered." in lines


def test_html_links_are_spans_of_the_text_with_href_and_title(page):
    spans = [(page.text[link.start:link.end], link.url, link.title) for link in page.links]
    assert spans == [
        ("the hospital strike", "https://news.test/2019/05/05/hospital",
         "Hospital hit in Qalaat al-Madiq"),
        ("Turkish post shelled near Shir Mughar", "https://news.test/2019/05/04/post", None),
    ]
    assert all(link.text == page.text[link.start:link.end] for link in page.links)


def test_html_json_ld_updates_become_hints_over_the_text(page):
    hints = [(page.text[h.start:h.start + 16], h.time.astimezone(dt.UTC).strftime("%H:%M"))
             for h in page.updates]
    assert hints == [("UPDATE 1330 GMT:", "13:30"), ("Update, 15:15 BS", "14:15")]
    assert page.updates[0].end == page.updates[1].start
    assert page.updates[-1].end == len(page.text)


def test_html_date_never_comes_from_a_copyright_footer(tmp_path):
    path = tmp_path / "undated.htm"
    path.write_bytes(UNDATED_PAGE.encode("iso-8859-1"))
    [doc], errors = documents(path)
    assert errors == []
    assert doc.date is None
    assert "Lattaqui\u00e9" in doc.text and "caf\u00e9" in doc.text


def test_html_without_text_is_an_error(tmp_path):
    path = tmp_path / "app.html"
    path.write_text("<html><head><title>News</title></head><body><nav><a href='/a'>World</a>"
                    "</nav><div id='app'></div><noscript>Please enable JavaScript to view "
                    "this page.</noscript></body></html>")
    assert documents(path) == ([], [f"{path}: no main text found in the HTML page"])


# --- feeds ----------------------------------------------------------------------------------

def test_rss_items_are_documents_dated_by_the_item(tmp_path):
    path = tmp_path / "monitor.rss"
    path.write_text(RSS, encoding="utf-8")
    docs, errors = documents(path)
    assert errors == []
    assert [(d.id, d.date, d.title) for d in docs] == [
        ("https://monitor.test/2019/05/06/nine-dead", dt.date(2019, 5, 6),
         "Nine dead in Kafr Nabudah"),
        ("https://monitor.test/2019/05/04/post", dt.date(2019, 5, 4),
         "Post shelled near Shir Mughar"),
    ]
    first = docs[0]
    assert first.text.startswith("Air strikes killed nine civilians in Kafr Nabudah, rescuers")
    assert [(first.text[k.start:k.end], k.url) for k in first.links] == [
        ("the hospital report", "https://monitor.test/2019/05/05/hospital")]
    assert docs[1].text == "Two Turkish soldiers were wounded when a post was shelled."


def test_atom_entry_and_feed_sniffed_without_a_suffix(tmp_path):
    path = tmp_path / "watch"
    path.write_text(ATOM, encoding="utf-8")
    [doc], errors = documents(path)
    assert errors == []
    assert (doc.id, doc.date, doc.url) == ("urn:claim-check", dt.date(2019, 5, 7),
                                           "https://watch.test/claim")
    assert doc.text.startswith("The Russian claim of a staged chemical attack is unverified")


def test_malformed_feed_without_entries_is_one_clear_error(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text("<?xml version='1.0'?><rss><channel><title>Half a feed")
    docs, errors = documents(path)
    assert docs == []
    assert len(errors) == 1 and errors[0].startswith(f"{path}: not a readable RSS/Atom feed")


def test_truncated_feed_still_gives_its_complete_entries(tmp_path):
    path = tmp_path / "cut.xml"
    path.write_text(RSS[:RSS.index("<item><title>Post shelled")] + "<item><title>Post sh")
    docs, _ = documents(path)
    assert docs[0].title == "Nine dead in Kafr Nabudah"


# --- JSON Lines -----------------------------------------------------------------------------

def test_jsonl_lines_good_and_bad(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        {"id": "a", "text": "Jets struck Idlib.", "date": "2019-05-06", "title": "Strikes",
         "url": "https://news.test/a"},
        "{broken",
        {"id": "c", "text": "Shelling hit Hama.", "date": "2019-13-45"},
        {"id": 4, "text": "Talks in Geneva.", "date": "2019-05-07T09:30:00+02:00"},
        ["not", "an", "object"],
        {"id": "f", "title": "no text"},
        {"text": "No id here."},
    ]
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    docs, errors = documents(path)
    assert [(d.id, d.date) for d in docs[:2]] == [("a", dt.date(2019, 5, 6)),
                                                 ("4", dt.date(2019, 5, 7))]
    assert docs[0].title == "Strikes" and docs[0].url == "https://news.test/a"
    assert docs[1].published == dt.datetime(2019, 5, 7, 9, 30, tzinfo=dt.timezone(
        dt.timedelta(hours=2)))
    assert len(docs[2].id) == 16
    assert errors == [
        f"{path}:2: bad JSON: Expecting property name enclosed in double quotes (column 2)",
        f"{path}:3: bad date '2019-13-45': expected YYYY-MM-DD",
        f"{path}:5: each line must be a JSON object",
        f'{path}:6: missing "text" string',
    ]


# --- directories ----------------------------------------------------------------------------

def test_directory_is_read_recursively_in_order_skipping_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("First report.")
    (tmp_path / "b" / "c.html").write_text(PAGE)
    (tmp_path / "b" / "d.jsonl").write_text('{"id": "d1", "text": "Third."}\n')
    (tmp_path / "b" / "photo.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "e.txt").write_text("Hidden.")
    docs, errors = documents(tmp_path)
    assert errors == []
    assert [d.id for d in docs] == ["a", "c", "d1"]


def test_empty_directory_says_so(tmp_path):
    assert documents(tmp_path) == ([], [f"{tmp_path}: no readable files (text, HTML, feeds, "
                                        "JSONL) in directory"])


# --- URLs -----------------------------------------------------------------------------------

@pytest.fixture
def server(tmp_path):
    """A local HTTP server on 127.0.0.1 serving tmp_path, in a thread."""
    (tmp_path / "live.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "note.txt").write_text("Jets struck Idlib on Monday.")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(tmp_path))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_html_feed_and_text(server):
    [page], errors = documents(f"{server}/live.html")
    assert errors == []
    assert page.url == f"{server}/live.html" and page.date == dt.date(2019, 5, 6)
    assert page.links and page.updates
    feed, _ = documents(f"{server}/feed.rss")
    assert [d.title for d in feed] == ["Nine dead in Kafr Nabudah", "Post shelled near Shir Mughar"]
    [note], _ = documents(f"{server}/note.txt")
    assert note.text == "Jets struck Idlib on Monday."


def test_url_not_found(server):
    assert documents(f"{server}/missing.html") == (
        [], [f"{server}/missing.html: HTTP 404 File not found"])


def test_unreachable_url_is_a_clear_error():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/live.html"
    docs, errors = documents(url)
    assert docs == []
    assert errors[0].startswith(f"{url}: cannot connect (")
    assert errors[0].endswith("are you offline?")


def test_slow_server_times_out_with_a_clear_error():
    class Slow(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            time.sleep(1.0)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                     daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/slow"
    try:
        with pytest.raises(InputError, match=r"no answer within 0.2 s \(timed out\)$"):
            fetch(url, timeout=0.2)
    finally:
        httpd.shutdown()
        httpd.server_close()


# --- stdin and sniffing ---------------------------------------------------------------------

def test_stdin_text_and_html(monkeypatch):
    class Stdin:
        def __init__(self, data: bytes):
            self.buffer = io.BytesIO(data)

    monkeypatch.setattr("sys.stdin", Stdin(b"Jets struck Idlib."))
    [doc], _ = documents("-", date=dt.date(2019, 5, 6))
    assert (doc.id, doc.text, doc.date) == ("stdin", "Jets struck Idlib.", dt.date(2019, 5, 6))
    monkeypatch.setattr("sys.stdin", Stdin(PAGE.encode()))
    [doc], _ = documents("-")
    assert doc.links and doc.text.startswith("Jets pound Kafr Nabudah")


@pytest.mark.parametrize(("head", "kind"), [
    (b"<!DOCTYPE html><html>", "html"),
    (b"\xef\xbb\xbf  <html lang='en'>", "html"),
    (b"<?xml version='1.0'?>\n<rss version='2.0'>", "feed"),
    (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    (b"Jets struck <b>Idlib</b>.", "text"),
])
def test_sniff(head, kind):
    assert sniff(head) == kind


def test_a_folder_of_news_skips_its_readme_and_licence(tmp_path):
    (tmp_path / "README.md").write_text("# Sample corpus\n\nThese files are test reports.\n")
    (tmp_path / "LICENSE.txt").write_text("Permission is hereby granted to copy.\n")
    (tmp_path / "strike.txt").write_text("Jets struck Kafr Nabudah on Monday, rescuers said.\n")
    found = list(iter_documents(str(tmp_path)))
    assert [d.id for d in found] == ["strike"]


def test_inline_links_keep_the_space_after_them(tmp_path):
    # an extractor drops the space between "</a>" and " on": the page's own text restores it
    body = "<p>Rescuers pulled survivors from the rubble of the market all afternoon.</p>" * 4
    page = (f"<html><head><title>Live</title></head><body><article>{body}"
            '<div><a href="https://example.com/r" title="Report">See our report of 6 May</a> on '
            "the hospital in Qalaat al-Madiq.</div><p>Fighting<b>continued</b>.</p>"
            f"{body}</article></body></html>")
    path = tmp_path / "live.html"
    path.write_text(page)
    (document,) = iter_documents(str(path))
    assert "report of 6 May on the hospital" in document.text
    assert "Mayon" not in document.text
