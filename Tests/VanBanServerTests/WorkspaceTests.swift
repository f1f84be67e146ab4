#if canImport(Glibc)
import Glibc
#endif
import Testing
import VanBan
import VanBanLint
@testable import VanBanServer

/// A temporary workspace folder on disk, removed at the end.
final class TempWorkspace {
    let path: String
    var uri: String { FileURI.uri(path) }

    init() {
        var template = Array("/tmp/vblint-ws-XXXXXX".utf8CString)
        let p = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(p != nil, "mkdtemp failed")
        path = String(cString: p!)
    }

    deinit { _ = system("rm -rf '\(path)'") }

    func uri(_ rel: String) -> String { FileURI.uri(path + "/" + rel) }

    /// Writes a file (folders created as needed); a later write gets a
    /// newer modification time.
    func write(_ rel: String, _ text: String) {
        let full = path + "/" + rel
        if let slash = full.lastIndex(of: "/") { _ = system("mkdir -p '\(full[..<slash])'") }
        let f = fopen(full, "wb")!
        let b = Array(text.utf8)
        _ = b.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
        fclose(f)
        // Modification times must differ from the previous write's (a
        // rewrite within the file system's clock tick would not show).
        TempWorkspace.tick += 1
        var st = stat()
        stat(full, &st)
        var times = [timespec(tv_sec: st.st_mtim.tv_sec + TempWorkspace.tick, tv_nsec: 0)]
        times.append(times[0])
        _ = utimensat(AT_FDCWD, full, &times, 0)
    }
    nonisolated(unsafe) static var tick = 0
}

enum Drafts {
    /// A quyết định numbered 12/2024/QĐ-UBND.
    static let issued = """
    ỦY BAN NHÂN DÂN TỈNH TÂY NINH
    Số: 12/2024/QĐ-UBND
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Tây Ninh, ngày 10 tháng 3 năm 2024

    QUYẾT ĐỊNH
    Ban hành Quy chế quản lý văn bản điện tử

    Điều 1. Phạm vi điều chỉnh
    Quy chế này áp dụng cho các cơ quan.

    """

    /// A công văn citing 12/2024/QĐ-UBND twice (full, then short).
    static let citing = """
    SỞ THÔNG TIN VÀ TRUYỀN THÔNG
    Số: 2723/STTTT-VP
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Tây Ninh, ngày 12 tháng 5 năm 2024

    V/v triển khai công tác văn thư

    Thực hiện Quyết định số 12/2024/QĐ-UBND ngày 10 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh, Sở đề nghị các đơn vị thực hiện.
    Các đơn vị báo cáo kết quả thực hiện Quyết định số 12/2024/QĐ-UBND trước ngày 30/6/2024.

    """
}

@Suite(.serialized) struct WorkspaceTests {
    static let pullCaps = #"{"textDocument":{"diagnostic":{}},"workspace":{"diagnostics":{"refreshSupport":true},"didChangeWatchedFiles":{"dynamicRegistration":true}}}"#

    func start(_ ws: TempWorkspace, caps: String = "{}") -> Harness {
        let h = Harness()
        h.initialize(caps, extra: #","workspaceFolders":[{"uri":"\#(ws.uri)","name":"ws"}]"#)
        return h
    }

    func codes(_ published: JSONValue?) -> [String] {
        (published?["diagnostics"]?.arrayValue ?? []).compactMap { $0["code"]?.stringValue }
    }

    @Test func configFileIsAppliedAndReloaded() throws {
        let ws = TempWorkspace()
        ws.write(".vblint.json", #"{"ignore": ["VB009"]}"#)
        let h = start(ws)
        let uri = ws.uri("sub/a.txt")
        h.open(uri, Samples.unused)
        #expect(!codes(h.lastPublished(uri)).contains("VB009"), "the workspace's .vblint.json ignores VB009")
        // The configuration changes on disk: diagnostics are published again.
        ws.write(".vblint.json", #"{"severity": {"VB009": "error"}}"#)
        h.notify("workspace/didChangeWatchedFiles", #"{"changes":[{"uri":"\#(ws.uri(".vblint.json"))","type":2}]}"#)
        let again = h.lastPublished(uri)?["diagnostics"]?.arrayValue ?? []
        #expect(again.first { $0["code"]?.stringValue == "VB009" }?["severity"]?.intValue == 1, "severity from the new file")
        // A broken configuration: a warning, never a crash; linting goes on.
        ws.write(".vblint.json", #"{"bogus": 1}"#)
        h.notify("workspace/didChangeWatchedFiles", #"{"changes":[{"uri":"\#(ws.uri(".vblint.json"))","type":2}]}"#)
        let shown = h.take("window/showMessage")
        #expect(shown.count == 1)
        #expect(shown.first?["params"]?["type"]?.intValue == 2)
        #expect(shown.first?["params"]?["message"]?.stringValue?.contains("bogus") == true)
        #expect(codes(h.lastPublished(uri)).contains("VB009"))
        // Language from the configuration.
        ws.write(".vblint.json", #"{"lang": "en"}"#)
        h.notify("workspace/didChangeWatchedFiles", #"{"changes":[{"uri":"\#(ws.uri(".vblint.json"))","type":2}]}"#)
        let msg = h.lastPublished(uri)?["diagnostics"]?[0]?["message"]?.stringValue ?? ""
        #expect(msg.contains("suppress") || msg.contains("comment"), "English message: \(msg)")
    }

    /// A workspace whose `.vblint.json` ignores VB009, with `a.txt` open
    /// (an unused suppression) and checked to have no VB009.
    func ignoringVB009() -> (TempWorkspace, Harness, String) {
        let ws = TempWorkspace()
        ws.write(".vblint.json", #"{"ignore": ["VB009"]}"#)
        let h = start(ws)
        let uri = ws.uri("a.txt")
        h.open(uri, Samples.unused)
        #expect(!codes(h.lastPublished(uri)).contains("VB009"))
        return (ws, h, uri)
    }

    @Test func savingTheConfigFileInTheEditorReloadsIt() {
        let (ws, h, uri) = ignoringVB009()
        ws.write(".vblint.json", "{}")
        h.notify("textDocument/didSave", #"{"textDocument":{"uri":"\#(ws.uri(".vblint.json"))"}}"#)
        #expect(codes(h.lastPublished(uri)).contains("VB009"))
    }

    @Test func editorSettingsGoOverTheConfigFile() {
        let (_, h, uri) = ignoringVB009()
        h.notify("workspace/didChangeConfiguration", #"{"settings":{"vblint":{"select":["VB009"]}}}"#)
        // `ignore` of the file still applies (as `--select` does not undo the file's `ignore` in the CLI).
        #expect(!codes(h.lastPublished(uri)).contains("VB009"))
    }

    @Test func watchersAreRegisteredWhenTheClientCan() {
        let ws = TempWorkspace()
        let h = start(ws, caps: Self.pullCaps)
        let reg = h.inbox.first { $0["method"]?.stringValue == "client/registerCapability" }
        let watchers = reg?["params"]?["registrations"]?[0]?["registerOptions"]?["watchers"]?.arrayValue ?? []
        #expect(watchers.contains { $0["globPattern"]?.stringValue == "**/.vblint.json" })
        let h2 = start(ws)
        #expect(!h2.inbox.contains { $0["method"]?.stringValue == "client/registerCapability" })
    }

    @Test func workspaceDiagnosticsWithResultIds() throws {
        let ws = TempWorkspace()
        ws.write(".vblint.json", #"{"ignorePaths": ["archive/**"]}"#)
        ws.write("a.txt", Samples.unused)
        ws.write("notes/b.md", "Một câu đúng chính tả.\n")
        ws.write("archive/old.txt", Samples.unused)
        ws.write("data.json", "{}")
        ws.write("huge.txt", String(repeating: "Một câu đúng chính tả.\n", count: Workspace.maxFileBytes / 20))
        let h = start(ws, caps: Self.pullCaps)
        let caps = h.server.pullDiagnostics
        #expect(caps)
        let open = ws.uri("open.txt")
        h.open(open, Samples.unused, version: 4)
        let r = h.request("workspace/diagnostic", #"{"previousResultIds":[]}"#)
        let items = try #require(r?["result"]?["items"]?.arrayValue)
        let byUri = Dictionary(items.map { ($0["uri"]?.stringValue ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(Set(byUri.keys) == [ws.uri("a.txt"), ws.uri("notes/b.md"), open], "ignorePaths, files too large and non-drafts left out")
        #expect(byUri[ws.uri("a.txt")]?["kind"]?.stringValue == "full")
        #expect(byUri[ws.uri("a.txt")]?["version"]?.isNull == true)
        #expect(byUri[ws.uri("a.txt")]?["items"]?[0]?["code"]?.stringValue == "VB009")
        #expect(byUri[ws.uri("notes/b.md")]?["items"]?.arrayValue?.isEmpty == true)
        #expect(byUri[open]?["version"]?.intValue == 4)
        // Again with the result ids: everything unchanged.
        var w = JSONWriter()
        w.beginArray()
        for i in items {
            w.beginObject(); w.key("uri"); w.value(i["uri"]!); w.key("value"); w.value(i["resultId"]!); w.endObject()
        }
        w.endArray()
        let prev = String(decoding: w.bytes, as: UTF8.self)
        let r2 = h.request("workspace/diagnostic", #"{"previousResultIds":\#(prev)}"#)
        let kinds = (r2?["result"]?["items"]?.arrayValue ?? []).map { $0["kind"]?.stringValue ?? "" }
        #expect(kinds == ["unchanged", "unchanged", "unchanged"])
        // A draft changes on disk: only it is reported in full.
        ws.write("notes/b.md", Samples.unused)
        let r3 = h.request("workspace/diagnostic", #"{"previousResultIds":\#(prev)}"#)
        let full = (r3?["result"]?["items"]?.arrayValue ?? []).filter { $0["kind"]?.stringValue == "full" }
        #expect(full.map { $0["uri"]?.stringValue } == [ws.uri("notes/b.md")])
        // A configuration change asks the client to pull again.
        ws.write(".vblint.json", #"{"ignorePaths": ["archive/**"], "ignore": ["VB009"]}"#)
        h.notify("workspace/didChangeWatchedFiles", #"{"changes":[{"uri":"\#(ws.uri(".vblint.json"))","type":2}]}"#)
        #expect(h.inbox.contains { $0["method"]?.stringValue == "workspace/diagnostic/refresh" })
        let r4 = h.request("workspace/diagnostic", #"{"previousResultIds":\#(prev)}"#)
        let a = (r4?["result"]?["items"]?.arrayValue ?? []).first { $0["uri"]?.stringValue == ws.uri("a.txt") }
        #expect(a?["kind"]?.stringValue == "full")
        #expect(a?["items"]?.arrayValue?.isEmpty == true)
    }

    @Test func workspaceSymbolsByNumberTitleAndArticle() throws {
        let ws = TempWorkspace()
        ws.write("qd.txt", Drafts.issued)
        ws.write("cv.txt", Drafts.citing)
        let h = start(ws)
        h.open(ws.uri("cv.txt"), Drafts.citing)
        h.open(ws.uri("qd.txt"), Drafts.issued)
        func names(_ q: String) -> [String] {
            let r = h.request("workspace/symbol", #"{"query":\#(Harness.q(q))}"#)
            return (r?["result"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
        }
        #expect(names("12/2024/QĐ-UBND").first?.hasPrefix("Số 12/2024/QĐ-UBND") == true)
        #expect(names("2723/STTTT").first?.hasPrefix("Số 2723/STTTT-VP") == true)
        // Diacritics and case do not matter; every word must occur.
        #expect(names("quy che quan ly VAN BAN").first?.contains("Quy chế quản lý văn bản điện tử") == true)
        #expect(names("trien khai van thu").first?.contains("2723/STTTT-VP") == true)
        #expect(names("dieu 1 pham vi").contains("Điều 1. Phạm vi điều chỉnh"))
        #expect(names("không có văn bản này").isEmpty)
        // Drafts that are not open are found too.
        ws.write("other.md", Drafts.issued.replacingOccurrences("12/2024/QĐ-UBND", "99/2024/QĐ-UBND"))
        let r = h.request("workspace/symbol", #"{"query":"99/2024"}"#)
        let hit = try #require(r?["result"]?[0])
        #expect(hit["location"]?["uri"]?.stringValue == ws.uri("other.md"))
        #expect(hit["location"]?["range"]?["start"]?["line"]?.intValue == 1)
        #expect(hit["kind"]?.intValue == 1)
    }

    @Test func definitionOfACitationGoesToTheDraftInTheWorkspace() throws {
        let ws = TempWorkspace()
        ws.write("drafts/qd-12.txt", Drafts.issued)
        let h = start(ws)
        let uri = ws.uri("cv.txt")
        h.open(uri, Drafts.citing)
        let (line, col) = Samples.locate("12/2024/QĐ-UBND ngày", in: Drafts.citing)
        let r = h.request("textDocument/definition", Harness.at(uri, line, col + 3))
        let loc = try #require(r?["result"])
        #expect(loc["uri"]?.stringValue == ws.uri("drafts/qd-12.txt"))
        #expect(loc["range"]?["start"]?["line"]?.intValue == 1, "the Số: line of the draft")
        // Once the draft is open, its buffer is used (the number moved one line down).
        let moved = "\n" + Drafts.issued
        h.open(ws.uri("drafts/qd-12.txt"), moved)
        let r2 = h.request("textDocument/definition", Harness.at(uri, line, col + 3))
        #expect(r2?["result"]?["range"]?["start"]?["line"]?.intValue == 2)
        // A document that is not in the workspace: the short repeat goes to the first full citation.
        let other = Drafts.citing.replacingOccurrences("12/2024/QĐ-UBND", "77/2024/QĐ-UBND")
        h.open(uri, other, version: 2)
        let (l2, c2) = Samples.locate("77/2024/QĐ-UBND trước", in: other)
        let r3 = h.request("textDocument/definition", Harness.at(uri, l2, c2 + 2))
        #expect(r3?["result"]?["uri"]?.stringValue == uri)
        #expect(r3?["result"]?["range"]?["start"]?["line"]?.intValue == line)
    }

    @Test func referencesOfACitationAcrossFiles() throws {
        let ws = TempWorkspace()
        ws.write("qd.txt", Drafts.issued)
        ws.write("more.txt", "Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 10 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Tây Ninh;\n")
        let h = start(ws)
        let uri = ws.uri("cv.txt")
        h.open(uri, Drafts.citing)
        let (line, col) = Samples.locate("12/2024/QĐ-UBND trước", in: Drafts.citing)
        func refs(_ decl: Bool) -> [(String, Int)] {
            let r = h.request("textDocument/references",
                              #"{"textDocument":\#(Harness.td(uri)),"position":\#(Harness.pos(line, col + 2)),"context":{"includeDeclaration":\#(decl)}}"#)
            return (r?["result"]?.arrayValue ?? []).map { ($0["uri"]?.stringValue ?? "", $0["range"]?["start"]?["line"]?.intValue ?? -1) }
        }
        let with = refs(true)
        #expect(with.contains { $0 == (ws.uri("qd.txt"), 1) }, "the declaration: the draft's Số: line")
        #expect(with.filter { $0.0 == uri }.count == 2, "the full and the short citation")
        #expect(with.contains { $0.0 == ws.uri("more.txt") })
        let without = refs(false)
        #expect(!without.contains { $0.0 == ws.uri("qd.txt") })
        #expect(without.count == with.count - 1)
        // From the draft's own number: every citation of it.
        h.open(ws.uri("qd.txt"), Drafts.issued)
        let own = h.request("textDocument/references",
                            #"{"textDocument":\#(Harness.td(ws.uri("qd.txt"))),"position":\#(Harness.pos(1, 8)),"context":{"includeDeclaration":false}}"#)
        #expect(own?["result"]?.arrayValue?.count == 3)
    }

    @Test func referencePrefilterNeverHidesACitation() {
        #expect(LanguageServer.prefilter("12/2024/QD-UBND") == Array("UBN".utf8))
        #expect(LanguageServer.prefilter("30/2020/ND-CP") == Array("CP".utf8))
        #expect(LanguageServer.prefilter("15/QD-BTTTT") == Array("BTTTT".utf8))
        #expect(LanguageServer.prefilter("15/QD") == nil, "QD may be QĐ in the text")
        #expect(LanguageServer.prefilter("46-CT/TW") == Array("TW".utf8))
    }

    @Test func referencesOfAbbreviationAndArticle() throws {
        let h = Harness()
        h.initialize()
        let uri = "file:///qd.txt"
        h.open(uri, Samples.decision)
        func refs(_ needle: String, from: Int = 0, _ decl: Bool) -> [Int] {
            let (l, c) = Samples.locate(needle, in: Samples.decision, from: from)
            let r = h.request("textDocument/references",
                              #"{"textDocument":\#(Harness.td(uri)),"position":\#(Harness.pos(l, c + 1)),"context":{"includeDeclaration":\#(decl)}}"#)
            return (r?["result"]?.arrayValue ?? []).compactMap { $0["range"]?["start"]?["line"]?.intValue }
        }
        let (defLine, _) = Samples.locate("(CNTT)", in: Samples.decision)
        let (useLine, _) = Samples.locate("ứng dụng CNTT", in: Samples.decision)
        #expect(refs("CNTT.", from: useLine, true).sorted() == [defLine, useLine])
        #expect(refs("CNTT.", from: useLine, false) == [useLine])
        let (heading, _) = Samples.locate("Điều 2. Trách", in: Samples.decision)
        let citing = refs("Điều 2.", from: 0, true)
        #expect(citing.contains(heading))
        #expect(citing.count >= 2)
        #expect(!refs("Điều 2.", from: 0, false).contains(heading))
    }

    @Test func canCuLinesFromTheCatalog() throws {
        let h = Harness()
        h.initialize()
        let uri = "file:///qd.txt"
        let text = "QUYẾT ĐỊNH\n\n  Căn c\nKính\n"
        h.open(uri, text)
        func labels(_ line: Int, _ ch: Int) -> [JSONValue] {
            let r = h.request("textDocument/completion", Harness.at(uri, line, ch))
            return (r?["result"]?["items"]?.arrayValue ?? []).filter { $0["label"]?.stringValue?.hasPrefix("Căn cứ ") == true }
        }
        let nd30 = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;"
        let blank = labels(1, 0)
        #expect(blank.contains { $0["label"]?.stringValue == nd30 })
        #expect(!blank.contains { $0["label"]?.stringValue?.contains("110/2004") == true }, "replaced documents are not offered")
        let typed = labels(2, 7)
        let item = try #require(typed.first { $0["label"]?.stringValue == nd30 })
        // The edit replaces what was typed (after the indentation).
        let edit = try #require(item["textEdit"])
        #expect(applyEdits([edit], to: text) == "QUYẾT ĐỊNH\n\n  " + nd30 + "\nKính\n")
        #expect(labels(3, 4).isEmpty, "not after other text")
        // All-capitals titles and issuers of the corpus are put in running-text case.
        #expect(CanCuLines.sentenceCase("VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2022 HUYỆN CHÂU THÀNH")
                == "về việc phê duyệt kế hoạch sử dụng đất năm 2022 huyện Châu Thành")
        #expect(CanCuLines.properCase("ỦY BAN NHÂN DÂN TỈNH TÂY NINH") == "Ủy ban nhân dân tỉnh Tây Ninh")
    }

    @Test func catalogsOfTheConfigFileFeedCompletionAndAreReloaded() {
        let ws = TempWorkspace()
        ws.write(".vblint.json", #"{"catalogs": ["catalog/local.json"]}"#)
        func catalog(_ number: String) -> String {
            #"{"version": 1, "documents": [{"number": "\#(number)", "type": "quyet-dinh", "date": "2024-03-10", "issuer": "Ủy ban nhân dân tỉnh Tây Ninh", "title": "ban hành Quy chế quản lý văn bản điện tử"}]}"#
        }
        ws.write("catalog/local.json", catalog("12/2024/QĐ-UBND"))
        let h = start(ws)
        let uri = ws.uri("qd.txt")
        h.open(uri, "\n")
        func labels() -> [String] {
            let r = h.request("textDocument/completion", Harness.at(uri, 0, 0))
            return (r?["result"]?["items"]?.arrayValue ?? []).compactMap { $0["label"]?.stringValue }
        }
        let line = "Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 10 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Tây Ninh ban hành Quy chế quản lý văn bản điện tử;"
        #expect(labels().contains(line))
        ws.write("catalog/local.json", catalog("13/2024/QĐ-UBND"))
        _ = h.take("textDocument/publishDiagnostics")
        // A JSON file no configuration names changes nothing.
        h.notify("workspace/didChangeWatchedFiles", #"{"changes":[{"uri":"\#(ws.uri("package.json"))","type":2}]}"#)
        #expect(h.take("textDocument/publishDiagnostics").isEmpty)
        #expect(labels().contains(line))
        h.notify("workspace/didChangeWatchedFiles", #"{"changes":[{"uri":"\#(ws.uri("catalog/local.json"))","type":2}]}"#)
        #expect(!labels().contains(line))
        #expect(labels().contains { $0.contains("13/2024/QĐ-UBND") })
    }

    @Test func fileURIs() {
        #expect(FileURI.path("file:///tmp/a%20b/v%C4%83n.txt") == "/tmp/a b/văn.txt")
        #expect(FileURI.path("file://localhost/x.md") == "/x.md")
        #expect(FileURI.path("untitled:Untitled-1") == nil)
        #expect(FileURI.uri("/tmp/a b/văn.txt") == "file:///tmp/a%20b/v%C4%83n.txt")
    }
}

extension String {
    func replacingOccurrences(_ a: String, _ b: String) -> String {
        self.split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}

/// The workspace features through the real `vblint lsp` binary over pipes.
@Suite(.serialized) struct WorkspaceBinaryTests {
    @Test func workspaceSessionOverPipes() throws {
        try #require(access(ServerProcess.binary, X_OK) == 0, "build the binary first: swift build (\(ServerProcess.binary))")
        let ws = TempWorkspace()
        ws.write(".vblint.json", #"{"severity": {"VB009": "error"}}"#)
        ws.write("qd.txt", Drafts.issued)
        ws.write("cv.txt", Samples.unused + Drafts.citing)
        let p = try #require(ServerProcess())
        p.send(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{"textDocument":{"diagnostic":{}}},"workspaceFolders":[{"uri":"\#(ws.uri)","name":"ws"}]}}"#)
        let ini = p.until { $0["id"]?.intValue == 1 }
        let caps = ini?["result"]?["capabilities"]
        #expect(caps?["diagnosticProvider"]?["workspaceDiagnostics"]?.boolValue == true)
        #expect(caps?["workspaceSymbolProvider"]?.boolValue == true)
        #expect(caps?["referencesProvider"]?.boolValue == true)
        p.send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
        p.send(#"{"jsonrpc":"2.0","id":2,"method":"workspace/diagnostic","params":{"previousResultIds":[]}}"#)
        let items = p.until { $0["id"]?.intValue == 2 }?["result"]?["items"]?.arrayValue ?? []
        let cv = items.first { $0["uri"]?.stringValue == ws.uri("cv.txt") }
        let vb009 = cv?["items"]?.arrayValue?.first { $0["code"]?.stringValue == "VB009" }
        #expect(vb009?["severity"]?.intValue == 1, "severity from the workspace's .vblint.json")
        #expect(items.contains { $0["uri"]?.stringValue == ws.uri("qd.txt") })
        p.send(#"{"jsonrpc":"2.0","id":3,"method":"workspace/symbol","params":{"query":"quy che van ban dien tu"}}"#)
        let sym = p.until { $0["id"]?.intValue == 3 }?["result"]?[0]
        #expect(sym?["location"]?["uri"]?.stringValue == ws.uri("qd.txt"))
        let open = #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(ws.uri("cv.txt"))","languageId":"plaintext","version":1,"text":\#(Harness.q(Samples.unused + Drafts.citing))}}}"#
        p.send(open)
        let (line, col) = Samples.locate("12/2024/QĐ-UBND ngày", in: Samples.unused + Drafts.citing)
        p.send(#"{"jsonrpc":"2.0","id":4,"method":"textDocument/definition","params":\#(Harness.at(ws.uri("cv.txt"), line, col + 1))}"#)
        let def = p.until { $0["id"]?.intValue == 4 }?["result"]
        #expect(def?["uri"]?.stringValue == ws.uri("qd.txt"))
        p.send(#"{"jsonrpc":"2.0","id":5,"method":"shutdown"}"#)
        _ = p.until { $0["id"]?.intValue == 5 }
        p.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(p.wait() == 0)
        #expect(p.garbage.isEmpty)
    }
}
