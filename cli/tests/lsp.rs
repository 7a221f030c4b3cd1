//! `iommugen lsp` driven over stdio the way an editor drives it: the toy spec (and the fragment
//! it imports) is opened from a scratch copy; the test checks the diagnostics published while
//! the text is wrong and after it is fixed, hover on a register and on fields, go to definition
//! of an enum, a register in another file, an entry and an import, the document's symbols, and
//! formatting.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

use serde_json::{json, Value};

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: u64,
    /// Notifications received while waiting for responses.
    notes: Vec<Value>,
}

impl Client {
    fn start() -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_iommugen"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start iommugen lsp");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = None;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        len = v.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; len.expect("a Content-Length header")];
                r.read_exact(&mut body).expect("a message body");
                if tx
                    .send(serde_json::from_slice(&body).expect("JSON"))
                    .is_err()
                {
                    return;
                }
            }
        });
        Client {
            child,
            stdin,
            incoming,
            next_id: 1,
            notes: Vec::new(),
        }
    }

    fn send(&mut self, v: Value) {
        let body = v.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn recv(&mut self) -> Value {
        self.incoming
            .recv_timeout(Duration::from_secs(30))
            .expect("the server answers within 30 s")
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let m = self.recv();
            if m["id"] == json!(id) {
                assert!(m.get("error").is_none(), "{method}: {m}");
                return m["result"].clone();
            }
            self.notes.push(m);
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            let pos = self.notes.iter().position(|n| {
                n["method"] == "textDocument/publishDiagnostics" && n["params"]["uri"] == uri
            });
            if let Some(i) = pos {
                let n = self.notes.remove(i);
                return n["params"]["diagnostics"].as_array().unwrap().clone();
            }
            let m = self.recv();
            self.notes.push(m);
        }
    }
}

fn uri(p: &Path) -> String {
    format!("file://{}", p.display())
}

/// Line and UTF-16 column of the `nth` occurrence of `needle` in `text`, plus `delta` columns.
fn pos(text: &str, needle: &str, nth: usize, delta: u32) -> Value {
    let at = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle} in text"))
        .0;
    let line = text[..at].matches('\n').count();
    let col = at - text[..at].rfind('\n').map_or(0, |i| i + 1);
    json!({"line": line, "character": col as u32 + delta})
}

fn scratch() -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = std::env::temp_dir().join(format!("iommugen-lsp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("toy")).unwrap();
    for f in ["toy.iommu", "toy/queues.iommu"] {
        std::fs::copy(repo.join("examples").join(f), dir.join(f)).unwrap();
    }
    dir.canonicalize().unwrap()
}

#[test]
fn the_language_server_answers_an_editor() {
    let dir = scratch();
    let main = dir.join("toy.iommu");
    let main_uri = uri(&main);
    let good = std::fs::read_to_string(&main).unwrap();
    let mut c = Client::start();
    let init = c.request(
        "initialize",
        json!({"processId": null, "rootUri": uri(&dir), "capabilities": {}}),
    );
    let caps = &init["capabilities"];
    for cap in [
        "hoverProvider",
        "definitionProvider",
        "documentSymbolProvider",
        "documentFormattingProvider",
    ] {
        assert_eq!(caps[cap], json!(true), "{cap}");
    }
    c.notify("initialized", json!({}));

    // An overlapping field: an error at the field, with the checker's hint.
    let bad = good.replacen("EVTQEN [2]\n", "EVTQEN [2]\n      EXTRA [1]\n", 1);
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": main_uri, "languageId": "iommu", "version": 1, "text": bad}}),
    );
    let d = c.diagnostics(&main_uri);
    let err = d
        .iter()
        .find(|d| d["severity"] == 1)
        .unwrap_or_else(|| panic!("an error in {d:?}"));
    assert_eq!(err["code"], "iommu::overlap", "{err}");
    assert!(err["message"].as_str().unwrap().contains("EXTRA"), "{err}");
    let line = bad.lines().position(|l| l.contains("EXTRA [1]")).unwrap();
    let lines: Vec<u64> = d
        .iter()
        .map(|d| d["range"]["start"]["line"].as_u64().unwrap())
        .collect();
    assert!(
        lines.contains(&(line as u64)),
        "a diagnostic on line {line}: {d:?}"
    );
    assert!(
        d.iter()
            .any(|d| d["severity"] == 4 && d["message"].as_str().unwrap().starts_with("help:")),
        "a hint: {d:?}"
    );

    // Fixed as the author types: the diagnostics are cleared.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": main_uri, "version": 2}, "contentChanges": [{"text": good}]}),
    );
    assert_eq!(c.diagnostics(&main_uri), Vec::<Value>::new());

    // Hover on a register named in another register's declaration.
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": main_uri}, "position": pos(&good, "acked_by CTRLACK", 0, 10)}),
    );
    let text = h["contents"]["value"].as_str().unwrap();
    assert!(
        text.contains("**CTRLACK**") && text.contains("`0x8`") && text.contains("ro"),
        "{text}"
    );
    assert!(
        text.contains("Acknowledges CTRL"),
        "the register's doc: {text}"
    );
    // Hover on a field where it is used (a used-bits rule): bits, type and doc of the entry's field.
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": main_uri}, "position": pos(&good, "TG PtRoot", 0, 4)}),
    );
    let text = h["contents"]["value"].as_str().unwrap();
    assert!(
        text.contains("**DTE.PtRoot** `[47:12]`") && text.contains("address"),
        "{text}"
    );
    // Hover on a register field: its bits, access and doc.
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": main_uri}, "position": pos(&good, "FAULT [0] w1c", 0, 1)}),
    );
    let text = h["contents"]["value"].as_str().unwrap();
    assert!(
        text.contains("**STATUS.FAULT** `[0]`") && text.contains("w1c"),
        "{text}"
    );
    assert!(text.contains("write 1 to clear"), "{text}");

    // Go to definition: an enum, an entry, a register in the imported fragment, an import.
    let def = |c: &mut Client, p: Value| {
        c.request(
            "textDocument/definition",
            json!({"textDocument": {"uri": main_uri}, "position": p}),
        )
    };
    let l = def(&mut c, pos(&good, "enum Granule\n", 0, 6));
    assert_eq!(l["uri"], main_uri.as_str());
    assert_eq!(l["range"]["start"], pos(&good, "Granule : 2", 0, 0), "{l}");
    let l = def(&mut c, pos(&good, "realise DTE", 0, 9));
    assert_eq!(
        l["range"]["start"],
        pos(&good, "DTE : 16 bytes", 0, 0),
        "{l}"
    );
    let frag = std::fs::read_to_string(dir.join("toy/queues.iommu")).unwrap();
    let frag_uri = uri(&dir.join("toy/queues.iommu"));
    let l = def(&mut c, pos(&good, "import \"toy/queues.iommu\"", 0, 10));
    assert_eq!(l["uri"], frag_uri.as_str(), "{l}");
    // From the fragment (opened too), a register declared in it, and the main file's enum is
    // still known: the fragment is checked as part of toy.iommu.
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": frag_uri, "languageId": "iommu", "version": 1, "text": frag}}),
    );
    assert_eq!(
        c.diagnostics(&frag_uri),
        Vec::<Value>::new(),
        "the fragment checks within its spec"
    );
    let l = c.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": frag_uri}, "position": pos(&frag, "base CMDQ_BASE", 0, 6)}),
    );
    assert_eq!(l["uri"], frag_uri.as_str());
    assert_eq!(l["range"]["start"], pos(&frag, "CMDQ_BASE @", 0, 0), "{l}");

    // Document symbols: the register block, its registers and their fields, nested.
    let syms = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": main_uri}}),
    );
    let block = syms
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "ctrl")
        .expect("the ctrl block");
    let ctrl = block["children"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "CTRL")
        .expect("CTRL under ctrl");
    let fields: Vec<&str> = ctrl["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["EN", "CMDQEN", "EVTQEN"]);
    let dte = syms
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "DTE")
        .expect("DTE");
    assert!(
        dte["children"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["name"] == "PasidTable"),
        "{dte}"
    );

    // Formatting: a badly laid out document gets one edit to the canonical text.
    let messy = good
        .replace("\n    ID @", "\n          ID @")
        .replace("  enum Granule", "enum   Granule");
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": main_uri, "version": 3}, "contentChanges": [{"text": messy}]}),
    );
    let edits = c.request(
        "textDocument/formatting",
        json!({"textDocument": {"uri": main_uri}, "options": {"tabSize": 2, "insertSpaces": true}}),
    );
    let edits = edits.as_array().unwrap();
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0]["newText"].as_str().unwrap(), good);

    c.request("shutdown", Value::Null);
    c.notify("exit", Value::Null);
    let status = c.child.wait().unwrap();
    assert!(status.success(), "{status}");
    let _ = std::fs::remove_dir_all(&dir);
}
