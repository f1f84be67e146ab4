#if canImport(Glibc)
import Glibc
#endif
import VanBan
import VanBanLint
@testable import VanBanServer

/// Drives a `LanguageServer` in-process: bytes in through `receive`, framed
/// messages out through the write closure, decoded back with the server's
/// own framer and the package's JSON parser.
final class Harness {
    final class Sink { var bytes: [UInt8] = [] }
    let sink = Sink()
    let server: LanguageServer
    private var framer = MessageFramer()
    private var nextId = 1
    /// Messages received and not yet consumed, in order.
    var inbox: [JSONValue] = []

    init() {
        let sink = self.sink
        server = LanguageServer(write: { sink.bytes += $0; return true })
    }

    /// JSON string literal for `s`.
    static func q(_ s: String) -> String {
        var w = JSONWriter()
        w.string(s)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func frame(_ json: String) -> [UInt8] { MessageFramer.frame(Array(json.utf8)) }

    func sendRaw(_ bytes: [UInt8]) {
        server.receive(bytes)
        collect()
    }

    func collect() {
        framer.append(sink.bytes)
        sink.bytes.removeAll()
        while let ev = framer.next() {
            guard case .message(let body) = ev, let v = try? JSONParser.parse(body) else {
                inbox.append(.string("<<unreadable output>>"))
                continue
            }
            inbox.append(v)
        }
    }

    static func notification(_ method: String, _ params: String = "{}") -> [UInt8] {
        frame(#"{"jsonrpc":"2.0","method":"\#(method)","params":\#(params)}"#)
    }

    func notify(_ method: String, _ params: String = "{}") {
        sendRaw(Self.notification(method, params))
    }

    /// The framed bytes of a request with a fresh id, and that id.
    func requestBytes(_ method: String, _ params: String = "{}") -> ([UInt8], JSONValue) {
        let id = nextId
        nextId += 1
        return (Self.frame(#"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#), .number(Double(id)))
    }

    /// Sends a request and returns its response (nil if none came).
    @discardableResult
    func request(_ method: String, _ params: String = "{}") -> JSONValue? {
        let (bytes, id) = requestBytes(method, params)
        sendRaw(bytes)
        return takeResponse(id: id)
    }

    func takeResponse(id: JSONValue) -> JSONValue? {
        guard let i = inbox.firstIndex(where: { $0["id"] == id && $0["method"] == nil }) else { return nil }
        return inbox.remove(at: i)
    }

    /// Removes and returns every notification of `method`.
    func take(_ method: String) -> [JSONValue] {
        let hits = inbox.filter { $0["method"]?.stringValue == method }
        inbox.removeAll { $0["method"]?.stringValue == method }
        return hits
    }

    func initialize(_ capabilities: String = "{}", extra: String = "") {
        let r = request("initialize", #"{"processId":null,"capabilities":\#(capabilities)\#(extra)}"#)
        precondition(r?["result"] != nil, "initialize failed: \(String(describing: r))")
        notify("initialized")
    }

    func open(_ uri: String, _ text: String, languageId: String = "vanban", version: Int = 1) {
        notify("textDocument/didOpen",
               #"{"textDocument":{"uri":"\#(uri)","languageId":"\#(languageId)","version":\#(version),"text":\#(Self.q(text))}}"#)
    }

    func change(_ uri: String, version: Int, _ changes: String) {
        notify("textDocument/didChange", #"{"textDocument":{"uri":"\#(uri)","version":\#(version)},"contentChanges":\#(changes)}"#)
    }

    /// The params of the last `publishDiagnostics` for `uri`.
    func lastPublished(_ uri: String) -> JSONValue? {
        take("textDocument/publishDiagnostics").last { $0["params"]?["uri"]?.stringValue == uri }?["params"]
    }

    static func pos(_ line: Int, _ ch: Int) -> String { #"{"line":\#(line),"character":\#(ch)}"# }
    static func range(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> String {
        #"{"start":\#(pos(l1, c1)),"end":\#(pos(l2, c2))}"#
    }
    static func td(_ uri: String) -> String { #"{"uri":"\#(uri)"}"# }
    static func at(_ uri: String, _ line: Int, _ ch: Int) -> String {
        #"{"textDocument":\#(td(uri)),"position":\#(pos(line, ch))}"#
    }
}

/// Applies LSP text edits (given in `unit` positions) to a text.
func applyEdits(_ edits: [JSONValue], to text: String, unit: ColumnUnit = .utf16) -> String {
    let src = SourceText(text)
    var resolved: [(Int, Int, String)] = []
    for e in edits {
        guard let r = e["range"], let s = r["start"], let en = r["end"],
              let sl = s["line"]?.intValue, let sc = s["character"]?.intValue,
              let el = en["line"]?.intValue, let ec = en["character"]?.intValue,
              let t = e["newText"]?.stringValue else { continue }
        resolved.append((src.offset(of: LineColumn(line: sl, column: sc), unit: unit),
                         src.offset(of: LineColumn(line: el, column: ec), unit: unit), t))
    }
    var bytes = src.bytes
    for (a, b, t) in resolved.sorted(by: { $0.0 > $1.0 }) { bytes.replaceSubrange(a..<b, with: Array(t.utf8)) }
    return String(decoding: bytes, as: UTF8.self)
}

/// Texts used by the tests. Only the engine-level VB009 finding is relied
/// on, so the tests do not depend on which rules exist.
enum Samples {
    static let suppression = "<!-- vblint-disable-next-line VB501 -->"
    /// Clean text plus an unused suppression: one VB009 hint on line 0.
    static let unused = suppression + "\nMột câu đúng chính tả.\n"

    /// A small quyết định (header, căn cứ, Điều with khoản, Nơi nhận,
    /// signature), shared with the pytest-lsp suite.
    static let decision = file("Tests/e2e/fixtures/decision.txt")

    /// A file of the repository (a test fixture), as text.
    static func file(_ relative: String) -> String {
        let path = ServerProcess.packageRoot + "/" + relative
        let fd = open(path, O_RDONLY)
        precondition(fd >= 0, "missing test fixture \(path)")
        defer { close(fd) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 1 << 14)
        while let n = StdioTransport.read(fd: fd, into: &buf) { out += buf[0..<n] }
        return String(decoding: out, as: UTF8.self)
    }

    /// 0-based line of the first line of `text` containing `needle` (from
    /// line `from`), and the UTF-16 column of the needle in it.
    static func locate(_ needle: String, in text: String, from: Int = 0) -> (line: Int, utf16: Int) {
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i >= from {
            if let r = line.firstRange(of: needle) { return (i, line[..<r.lowerBound].utf16.count) }
        }
        return (-1, -1)
    }
}
