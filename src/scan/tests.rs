//! The scanner's unit tests: statuses and responses, blocks, windows of overlong lines read in
//! any pieces.

use super::lines::{prefixed_status, unmarked, urllib3_status};
use super::*;
use std::io;

fn findings(input: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let options = Options {
        success: &["AIS.0000"],
        prefixes: &["AIS", "APIG", "ModelArts"],
        ..Options::default()
    };
    scan_with(io::Cursor::new(input.to_owned()), options, &mut |f| {
        out.push(f);
        Ok::<(), ()>(())
    })
    .unwrap();
    out
}

#[test]
fn a_logger_s_prefix_is_known_again_by_all_but_its_digits() {
    let prefix = b"2024-03-05 10:12:01.100 12345-12400/app D/OkHttp: ";
    let line = |s: &str| s.as_bytes().to_vec();
    let same = line("2024-03-05 10:12:01.187 12345-12400/app D/OkHttp: X-Request-Id: r1");
    assert_eq!(unprefixed(&same, prefix), Some(&b"X-Request-Id: r1"[..]));
    // The empty message, its trailing space trimmed.
    let empty = line("2024-03-05 10:12:01.187 12345-12400/app D/OkHttp:");
    assert_eq!(unprefixed(&empty, prefix), Some(&b""[..]));
    for other in [
        "2024-03-05 10:12:01.187 12345-12400/app I/Choreographer: Skipped 31 frames!",
        "2024-03-05 10:12:01.187 1234-12400/app D/OkHttp: X-Request-Id: r1",
        "",
        "2024",
    ] {
        assert_eq!(unprefixed(other.as_bytes(), prefix), None, "{other}");
    }
    let arrow =
        b"10:12:01.123 INFO  okhttp3.OkHttpClient - <-- 429 Too Many Requests https://x (3ms)";
    assert_eq!(prefixed_status(arrow), Some((429, 42)));
    assert_eq!(prefixed_status(b"x <-- END HTTP (87-byte body)"), None);
    assert_eq!(prefixed_status(b"<-- 400 Bad Request"), None);
}

#[test]
fn urllib3_s_line_for_a_failed_request_gives_its_status() {
    let line = |status: &str| {
        format!("DEBUG:urllib3.connectionpool:https://h:443 \"POST /v2/p/ocr/x HTTP/1.1\" {status}")
    };
    assert_eq!(urllib3_status(line("400 87").as_bytes()), Some(400));
    assert_eq!(urllib3_status(line("503").as_bytes()), Some(503));
    for no in ["200 1234", "302 0", "4000 1", "40 1", "abc 1"] {
        assert_eq!(urllib3_status(line(no).as_bytes()), None, "{no}");
    }
    // Another logger's access line.
    let access = b"10.0.0.1 \"POST /v2/p/ocr/x HTTP/1.1\" 400 87";
    assert_eq!(urllib3_status(access), None);
}

#[test]
fn markup_is_taken_off_a_unit_only_when_it_has_some() {
    let clean = |s: &str| unmarked(s.as_bytes()).map(|v| String::from_utf8(v).unwrap());
    assert_eq!(clean("{\"error_code\":\"AIS.0101\"} & more"), None);
    assert_eq!(clean("see `AIS.0104`"), Some("see  AIS.0104 ".to_owned()));
    assert_eq!(
        clean(
            "{&quot;code&quot;:&#34;AIS.0101&#34;,&quot;m&quot;:&quot;a &lt;b&gt; &amp; &#39;c&#x27; &nbsp;&quot;}"
        ),
        Some("{\"code\":\"AIS.0101\",\"m\":\"a <b> & 'c' &nbsp;\"}".to_owned())
    );
    // Without an escaped quote, other entities stay as they are (a URL's `&amp;`).
    assert_eq!(clean("GET /a?x=1&amp;y=2 AIS.0101"), None);
}

#[test]
fn recognises_status_lines() {
    assert_eq!(status_line(b"HTTP/1.1 400 Bad Request"), Some(400));
    assert_eq!(status_line(b"< HTTP/2 401 "), Some(401));
    assert_eq!(status_line(b"HTTP/2 200"), Some(200));
    assert_eq!(status_line(b"HTTP/1.1 4000"), None);
    assert_eq!(status_line(b"xHTTP/1.1 400"), None);
    assert_eq!(status_line(b"HTTP 400"), Some(400));
    assert_eq!(status_line(b"HTTP 401 Unauthorized"), Some(401));
    assert_eq!(
        status_line(br#"HTTP 400 + {"error_code":"AIS.0101"}"#),
        None
    );
}

#[test]
fn a_pretty_printed_body_is_one_report() {
    let f = findings(
        "{\n  \"error_msg\": \"The input parameter is invalid.\",\n  \"error_code\": \"AIS.0101\"\n}\n",
    );
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].line, f[0].code.as_str()),
        (2, "AIS.0101"),
        "the line of its first field"
    );
}

#[test]
fn repeats_within_a_response_merge_but_separate_log_lines_count() {
    let body = r#"{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: decrypt token fail","request_id":"5f0e"}"#;
    let f = findings(&format!(
        "HTTP/1.1 401 Unauthorized\nX-Request-Id: 5f0e\n\n[{body}, {body}]\n"
    ));
    assert_eq!(f.len(), 1, "the same error twice in one body: {f:?}");
    let f = findings(&format!("{body}\n{body}\n"));
    assert_eq!(f.len(), 2);
}

#[test]
fn a_response_ends_with_its_body() {
    let f = findings(
        "HTTP/1.1 401 Unauthorized\nX-Request-Id: 5f0e\n\n{\"error_code\":\"APIG.0301\"}\nlater {\"error_code\":\"APIG.0301\"}\n",
    );
    assert_eq!(f.len(), 2, "the later line is its own event");
    assert_eq!((f[1].http_status, f[1].request_id.as_deref()), (None, None));
}

#[test]
fn success_items_are_not_errors_and_failed_items_are_item_errors() {
    let f = findings(
        "HTTP/1.1 200 OK\n\n{\"result\":[{\"status\":\"AIS.0000\"},{\"status\":\"AIS.0103\"}]}\n",
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].code, "AIS.0103");
    assert!(f[0].item);
}

/// A reader that hands out its bytes in reads of the given sizes, in turn (as a pipe does).
struct Chunked {
    data: Vec<u8>,
    at: usize,
    sizes: Vec<usize>,
    turn: usize,
}

impl Read for Chunked {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let size = self.sizes[self.turn % self.sizes.len()];
        self.turn += 1;
        let n = size.min(buf.len()).min(self.data.len() - self.at);
        buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

fn count_chunked(data: &[u8], sizes: &[usize]) -> usize {
    let mut n = 0;
    let options = Options {
        detail: false,
        extra: false,
        prefixes: &["AIS"],
        ..Options::default()
    };
    let input = Chunked {
        data: data.to_vec(),
        at: 0,
        sizes: sizes.to_vec(),
        turn: 0,
    };
    scan_with(input, options, &mut |_| {
        n += 1;
        Ok::<(), ()>(())
    })
    .unwrap();
    n
}

#[test]
fn an_overlong_line_read_in_any_pieces_loses_and_doubles_nothing() {
    let object = format!(
        "{{{}\"x\":1}}",
        "\"error_code\":\"AIS.0101\",".repeat(100_000)
    );
    let tokens = "AIS.0104 ".repeat(400_000);
    for sizes in [
        &[usize::MAX][..],
        &[1, 65_535, 65_536],
        &[1, 3 << 20],
        &[6, 4_000, 70_000, 5, 100],
        &[1_048_577, 7],
    ] {
        assert_eq!(
            count_chunked(object.as_bytes(), sizes),
            100_000,
            "{sizes:?}"
        );
        assert_eq!(
            count_chunked(tokens.as_bytes(), sizes),
            400_000,
            "{sizes:?}"
        );
    }
}

#[test]
fn an_overlong_line_is_scanned_in_windows_without_losing_or_doubling() {
    let body = r#"{"error_code":"AIS.0102","error_msg":"The image format is not supported."}"#;
    let mut line = String::new();
    while line.len() < 3 * MAX_LINE {
        line.push_str(&"x".repeat(997));
        line.push_str(body);
    }
    let expected = line.matches(body).count();
    let f = findings(&line);
    assert_eq!(f.len(), expected);
}

/// A sink that keeps what it is given, counts the times it is told the scan caught up, and fails
/// at its `fail_at`-th finding.
struct Keeping {
    codes: Vec<String>,
    caught_up: usize,
    fail_at: usize,
    /// Told each time the scan caught up.
    told: Option<std::sync::mpsc::Sender<()>>,
}

/// Input that gives its first part at once, then waits until told to go on (or a minute).
struct Paused {
    first: Vec<u8>,
    rest: io::Cursor<Vec<u8>>,
    go_on: std::sync::mpsc::Receiver<()>,
}

impl io::Read for Paused {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.first.is_empty() {
            let n = buf.len().min(self.first.len());
            buf[..n].copy_from_slice(&self.first[..n]);
            self.first.drain(..n);
            return Ok(n);
        }
        if self.rest.position() == 0 {
            let _ = self.go_on.recv_timeout(std::time::Duration::from_secs(60));
        }
        self.rest.read(buf)
    }
}

impl Sink for Keeping {
    type Error = usize;
    fn finding(&mut self, f: Finding) -> Result<(), usize> {
        if self.codes.len() + 1 == self.fail_at {
            return Err(self.codes.len());
        }
        self.codes.push(f.code);
        Ok(())
    }
    fn caught_up(&mut self) -> Result<(), usize> {
        self.caught_up += 1;
        if let Some(told) = &self.told {
            let _ = told.send(());
        }
        Ok(())
    }
}

#[test]
fn a_scan_beside_the_sink_hands_over_every_finding_in_order() {
    use std::fmt::Write as _;
    let mut log = String::new();
    for i in 0..1000 {
        writeln!(log, "{{\"error_code\":\"AIS.{:04}\"}}", i % 200).unwrap();
        writeln!(log, "plain line {i}").unwrap();
    }
    let direct: Vec<String> = findings(&log).into_iter().map(|f| f.code).collect();
    // AIS.0000 is a success, not an error: 5 of the 1000.
    assert_eq!(direct.len(), 995);
    // The input pauses after its first lines (less than the reader gathers before handing
    // over), until the sink is told the scan caught up with them.
    let (told, go_on) = std::sync::mpsc::channel();
    let mut sink = Keeping {
        codes: Vec::new(),
        caught_up: 0,
        fail_at: usize::MAX,
        told: Some(told),
    };
    let options = Options {
        success: &["AIS.0000"],
        ..Options::default()
    };
    let cut = log.match_indices('\n').nth(49).map(|(i, _)| i + 1).unwrap();
    let input = Paused {
        first: log.as_bytes()[..cut].to_vec(),
        rest: io::Cursor::new(log.as_bytes()[cut..].to_vec()),
        go_on,
    };
    let stats = scan_beside(input, options, &mut sink).unwrap();
    assert_eq!(sink.codes, direct);
    assert_eq!(stats.lines, 2000);
    // Told at least once, while the input paused.
    assert!(sink.caught_up >= 1);

    // A failing sink stops the scan, and its error is the scan's.
    let mut failing = Keeping {
        codes: Vec::new(),
        caught_up: 0,
        fail_at: 100,
        told: None,
    };
    match scan_beside(io::Cursor::new(log), options, &mut failing) {
        Err(ScanError::Sink(99)) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(failing.codes, direct[..99]);
}

#[test]
fn a_token_s_message_is_read_from_chinese_prose_on_its_line() {
    let f = findings(
        "ok\n调用OCR失败，错误码：AIS.0103，错误信息：图片尺寸不满足要求，HTTP状态码：400\nnext\n",
    );
    assert_eq!(f.len(), 1);
    assert_eq!(
        (
            f[0].code.as_str(),
            f[0].message.as_deref(),
            f[0].http_status
        ),
        ("AIS.0103", Some("图片尺寸不满足要求"), Some(400))
    );
    let f = findings("错误描述: The image is not supported | 错误码: AIS.0104\n");
    assert_eq!(f[0].message.as_deref(), Some("The image is not supported"));
    // No label, no message; a label on another line is another event's.
    let f = findings("AIS.0104 图片模糊\n错误信息：别的\n");
    assert_eq!(f[0].message, None);
}

#[test]
fn fields_printed_before_a_code_are_seen_across_pieces() {
    // Each read ends a piece (a slow pipe): the status and request id lines come in pieces
    // before the code's, and are kept from one to the next.
    let data =
        b"400\n0b1c2d3e4f5a67890b1c2d3e4f5a6789\nAIS.0101\nThe input parameter is invalid.\n";
    for sizes in [&[1usize][..], &[3, 7], &[4], &[40]] {
        let mut found = Vec::new();
        let input = Chunked {
            data: data.to_vec(),
            at: 0,
            sizes: sizes.to_vec(),
            turn: 0,
        };
        let options = Options {
            prefixes: &["AIS"],
            ..Options::default()
        };
        scan_with(input, options, &mut |f| {
            found.push(f);
            Ok::<(), ()>(())
        })
        .unwrap();
        let got: Vec<_> = found
            .iter()
            .map(|f| (f.code.as_str(), f.http_status, f.request_id.as_deref()))
            .collect();
        assert_eq!(
            got,
            [(
                "AIS.0101",
                Some(400),
                Some("0b1c2d3e4f5a67890b1c2d3e4f5a6789")
            )],
            "{sizes:?}"
        );
    }
}

#[test]
fn obs_request_id_headers_are_read_where_a_line_prints_them_among_others() {
    // keystoneauth's debug line: the answer's headers on the status's line.
    let found = findings(
        "RESP: [403] Content-Length: 263 Content-Type: application/xml Server: OBS x-obs-request-id: 00000194D648569F442153E3C7BA5D76 x-reserved: 1\n",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].http_status, Some(403));
    assert_eq!(
        found[0].request_id.as_deref(),
        Some("00000194D648569F442153E3C7BA5D76")
    );
}

#[test]
fn obs_s_code_and_status_printed_on_lines_of_their_own_are_one_error() {
    // OBS's SDK documents print an error this way, the status first.
    let found = findings("HTTP Code: 403\nError Code: SignatureDoesNotMatch\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, "SignatureDoesNotMatch");
    assert_eq!(found[0].http_status, Some(403));
    assert_eq!(found[0].line, 2);
}

#[test]
fn codes_without_a_dot_under_a_code_key_are_read_as_sent() {
    // The message service's codes, mid-line; a recipient's status is the detail, not an error.
    let found = findings(
        "[hwmessage] {\"result\":[{\"status\":\"E200028\"}],\"code\":\"E000510\",\"description\":\"x\"}\n",
    );
    let codes: Vec<&str> = found.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(codes, ["E000510"]);
    // A code given as a list of one, leading zeros kept.
    let found = findings("error message: {\"errorcode\":[\"0115\"]}\n");
    let codes: Vec<&str> = found.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(codes, ["0115"]);
    // Not a letter and six digits under any key, nor longer.
    for text in [
        "{\"id\":\"E000510\"}\n",
        "{\"code\":\"E0005100\"}\n",
        "{\"code\":\"e000510\"}\n",
    ] {
        assert!(findings(text).is_empty(), "{text}");
    }
}

#[test]
fn a_status_stated_by_a_verb_or_with_its_reason_phrase_is_the_error_s() {
    let status = |text: &str| {
        findings(&format!(
            "{text} {{\"error_code\":\"AIS.0101\",\"error_msg\":\"x\"}}\n"
        ))[0]
            .http_status
    };
    for (text, want) in [
        (
            "Expected HTTP response code [200] but got 409 instead:",
            Some(409),
        ),
        ("the call returned 400:", Some(400)),
        ("server responded with 503", Some(503)),
        ("[403 Forbidden]", Some(403)),
        (
            "POST /v2/x/ocr/general-text 429 Too Many Requests",
            Some(429),
        ),
        // Not a status: a count, a success, part of a word or a number.
        ("the API returned 3 results", None),
        ("got 200 OK then", None),
        ("forgot 409 things", None),
        ("we got 404 and", None),
        ("id 1400 Bad Request", None),
    ] {
        assert_eq!(status(text), want, "{text}");
    }
}
