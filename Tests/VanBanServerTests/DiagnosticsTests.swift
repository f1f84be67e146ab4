import Testing
import VanBan
import VanBanLint
@testable import VanBanServer

@Suite struct DiagnosticsTests {
    static let uri = "file:///draft.txt"

    @Test func pushDiagnosticHasEveryField() throws {
        let h = Harness()
        h.initialize()
        h.open(Self.uri, Samples.unused, version: 7)
        let p = try #require(h.lastPublished(Self.uri))
        #expect(p["version"]?.intValue == 7)
        let diags = try #require(p["diagnostics"]?.arrayValue)
        #expect(diags.count == 1)
        let d = diags[0]
        #expect(d["code"]?.stringValue == "VB009")
        #expect(d["severity"]?.intValue == 4)
        #expect(d["source"]?.stringValue == "vblint")
        #expect(d["codeDescription"]?["href"]?.stringValue == UnusedSuppression.metadata.documentationURL)
        #expect(d["tags"] == .array([.number(1)]))
        #expect(d["message"]?.stringValue?.hasPrefix("Chú thích") == true, "Vietnamese by default")
        #expect(d["range"]?["start"]?["line"]?.intValue == 0)
        #expect(d["range"]?["start"]?["character"]?.intValue == 0)
        #expect(d["range"]?["end"]?["character"]?.intValue == Samples.suppression.utf16.count)
        #expect(d["data"]?["code"]?.stringValue == "VB009")
    }

    @Test func cleanTextHasNoDiagnostics() throws {
        let h = Harness()
        h.initialize()
        h.open(Self.uri, "Một câu đúng chính tả.\n", languageId: "plaintext")
        let p = try #require(h.lastPublished(Self.uri))
        #expect(p["diagnostics"]?.arrayValue?.isEmpty == true)
    }

    @Test func otherLanguagesAreNotLinted() {
        let h = Harness()
        h.initialize()
        h.open(Self.uri, Samples.unused, languageId: "python")
        #expect(h.take("textDocument/publishDiagnostics").isEmpty)
        h.open("file:///b.md", Samples.unused, languageId: "markdown")
        #expect(h.lastPublished("file:///b.md")?["diagnostics"]?.arrayValue?.count == 1)
    }

    @Test func englishFromLocaleAndSettings() throws {
        let h = Harness()
        h.initialize(extra: #","locale":"en-US""#)
        h.open(Self.uri, Samples.unused)
        let en = try #require(h.lastPublished(Self.uri)?["diagnostics"]?[0]?["message"]?.stringValue)
        #expect(en.hasPrefix("This suppression"))
        h.notify("workspace/didChangeConfiguration", #"{"settings":{"vblint":{"lang":"vi"}}}"#)
        let vi = try #require(h.lastPublished(Self.uri)?["diagnostics"]?[0]?["message"]?.stringValue)
        #expect(vi.hasPrefix("Chú thích"))

        let h2 = Harness()
        h2.initialize(extra: #","locale":"vi","initializationOptions":{"lang":"en"}"#)
        h2.open(Self.uri, Samples.unused)
        #expect(h2.lastPublished(Self.uri)?["diagnostics"]?[0]?["message"]?.stringValue?.hasPrefix("This") == true)
    }

    @Test func ignoreAndSelectSettings() {
        let h = Harness()
        h.initialize(extra: #","initializationOptions":{"ignore":["VB009"]}"#)
        h.open(Self.uri, Samples.unused)
        #expect(h.lastPublished(Self.uri)?["diagnostics"]?.arrayValue?.isEmpty == true)
        h.notify("workspace/didChangeConfiguration", #"{"settings":{"ignore":[],"select":["VB0"]}}"#)
        #expect(h.lastPublished(Self.uri)?["diagnostics"]?.arrayValue?.count == 1)
        h.notify("workspace/didChangeConfiguration", #"{"settings":{"select":["VB9"]}}"#)
        #expect(h.lastPublished(Self.uri)?["diagnostics"]?.arrayValue?.isEmpty == true)
        // Settings map onto LintOptions.
        let s = ServerSettings.from(try? JSONParser.parse(#"{"regime":"tt01","severity":{"VB009":"error"},"assumeDocument":true}"#))
        #expect(s.lintOptions.regime == .tt01)
        #expect(s.lintOptions.severities["VB009"] == .error)
        #expect(s.lintOptions.parse.assumeDocument)
    }

    @Test func pullDiagnosticsWithResultId() throws {
        let h = Harness()
        h.initialize(#"{"textDocument":{"diagnostic":{"dynamicRegistration":false}}}"#)
        h.open(Self.uri, Samples.unused)
        #expect(h.take("textDocument/publishDiagnostics").isEmpty, "a pull client gets no push")
        let params = #"{"textDocument":\#(Harness.td(Self.uri))}"#
        let first = try #require(h.request("textDocument/diagnostic", params)?["result"])
        #expect(first["kind"]?.stringValue == "full")
        #expect(first["items"]?.arrayValue?.count == 1)
        let rid = try #require(first["resultId"]?.stringValue)
        let again = h.request("textDocument/diagnostic", #"{"textDocument":\#(Harness.td(Self.uri)),"previousResultId":"\#(rid)"}"#)
        #expect(again?["result"]?["kind"]?.stringValue == "unchanged")
        #expect(again?["result"]?["resultId"]?.stringValue == rid)
        // An edit that removes the problem.
        h.change(Self.uri, version: 2, #"[{"range":\#(Harness.range(0, 0, 1, 0)),"text":""}]"#)
        let after = h.request("textDocument/diagnostic", #"{"textDocument":\#(Harness.td(Self.uri)),"previousResultId":"\#(rid)"}"#)
        #expect(after?["result"]?["kind"]?.stringValue == "full")
        #expect(after?["result"]?["items"]?.arrayValue?.isEmpty == true)
        #expect(after?["result"]?["resultId"]?.stringValue != rid)
        // A settings change also invalidates the result.
        let rid2 = try #require(after?["result"]?["resultId"]?.stringValue)
        h.notify("workspace/didChangeConfiguration", #"{"settings":{"lang":"en"}}"#)
        let afterSettings = h.request("textDocument/diagnostic", #"{"textDocument":\#(Harness.td(Self.uri)),"previousResultId":"\#(rid2)"}"#)
        #expect(afterSettings?["result"]?["kind"]?.stringValue == "full")
    }

    /// Vietnamese in NFD (combining marks) and an emoji before the finding:
    /// its column differs in each encoding.
    @Test(arguments: [("utf-8", ColumnUnit.utf8), ("utf-16", .utf16), ("utf-32", .scalar)])
    func positionEncodings(name: String, unit: ColumnUnit) throws {
        let prefix = "Tie\u{0302}\u{0301}ng Vie\u{0323}\u{0302}t 😀 đúng. "
        let line0 = prefix + "<!-- vblint-disable-line VB501 -->"
        let text = "Dòng đầu 👍🏽\n" + line0 + "\nMột câu.\n"
        let h = Harness()
        let r = h.request("initialize", #"{"capabilities":{"general":{"positionEncodings":["\#(name)","utf-16"]}}}"#)
        #expect(r?["result"]?["capabilities"]?["positionEncoding"]?.stringValue == name)
        h.notify("initialized")
        h.open(Self.uri, text)
        // The VB009 finding on the comment (the NFD words get VB001 findings too).
        func vb009() -> JSONValue? { h.lastPublished(Self.uri)?["diagnostics"]?.arrayValue?.first { $0["code"]?.stringValue == "VB009" } }
        let d = try #require(vb009())
        let expected: Int
        switch unit {
        case .utf8: expected = prefix.utf8.count
        case .utf16: expected = prefix.utf16.count
        case .scalar: expected = prefix.unicodeScalars.count
        }
        #expect(d["range"]?["start"]?["line"]?.intValue == 1)
        #expect(d["range"]?["start"]?["character"]?.intValue == expected)
        #expect(d["range"]?["end"]?["character"]?.intValue == expected + 34)
        // Hover inside the comment, in the same unit.
        let hv = h.request("textDocument/hover", Harness.at(Self.uri, 1, expected + 2))
        #expect(hv?["result"]?["contents"]?["value"]?.stringValue?.contains("VB009") == true)
        // An edit in the same unit: insert "X" right after the emoji of line 1.
        let emojiEnd: Int
        let beforeSpace = prefix.dropLast(" đúng. ".count)
        switch unit {
        case .utf8: emojiEnd = beforeSpace.utf8.count
        case .utf16: emojiEnd = beforeSpace.utf16.count
        case .scalar: emojiEnd = beforeSpace.unicodeScalars.count
        }
        h.change(Self.uri, version: 2, #"[{"range":\#(Harness.range(1, emojiEnd, 1, emojiEnd)),"text":"X"}]"#)
        let moved = try #require(vb009())
        #expect(moved["range"]?["start"]?["character"]?.intValue == expected + 1)
        let doc = try #require(h.server.documents[Self.uri])
        #expect(doc.source.string == "Dòng đầu 👍🏽\n" + String(beforeSpace) + "X đúng. <!-- vblint-disable-line VB501 -->\nMột câu.\n")
    }

    @Test func defaultEncodingIsUTF16() {
        let h = Harness()
        let r = h.request("initialize", #"{"capabilities":{"general":{"positionEncodings":["utf-7"]}}}"#)
        #expect(r?["result"]?["capabilities"]?["positionEncoding"]?.stringValue == "utf-16")
    }

    @Test func incrementalEditsAddAndRemoveLines() throws {
        let h = Harness()
        h.initialize()
        h.open(Self.uri, "Một câu.\nHai câu.\n")
        #expect(h.lastPublished(Self.uri)?["diagnostics"]?.arrayValue?.isEmpty == true)
        // Add the suppression line above line 1.
        h.change(Self.uri, version: 2, #"[{"range":\#(Harness.range(1, 0, 1, 0)),"text":\#(Harness.q(Samples.suppression + "\n"))}]"#)
        var p = try #require(h.lastPublished(Self.uri))
        #expect(p["version"]?.intValue == 2)
        #expect(p["diagnostics"]?[0]?["range"]?["start"]?["line"]?.intValue == 1)
        // Two changes in one notification: insert two lines at the top, then one more.
        h.change(Self.uri, version: 3, #"[{"range":\#(Harness.range(0, 0, 0, 0)),"text":"A\nB\n"},{"range":\#(Harness.range(0, 0, 0, 0)),"text":"C\n"}]"#)
        p = try #require(h.lastPublished(Self.uri))
        #expect(p["diagnostics"]?[0]?["range"]?["start"]?["line"]?.intValue == 4)
        #expect(h.server.documents[Self.uri]?.source.string == "C\nA\nB\nMột câu.\n" + Samples.suppression + "\nHai câu.\n")
        // Remove lines 0–2 (a range spanning lines).
        h.change(Self.uri, version: 4, #"[{"range":\#(Harness.range(0, 0, 3, 0)),"text":""}]"#)
        p = try #require(h.lastPublished(Self.uri))
        #expect(p["diagnostics"]?[0]?["range"]?["start"]?["line"]?.intValue == 1)
        // A position past the line's end is clamped to it.
        h.change(Self.uri, version: 5, #"[{"range":\#(Harness.range(0, 999, 0, 999)),"text":"!"}]"#)
        #expect(h.server.documents[Self.uri]?.source.string == "Một câu.!\n" + Samples.suppression + "\nHai câu.\n")
        // Remove the suppression line: no more findings.
        h.change(Self.uri, version: 6, #"[{"range":\#(Harness.range(1, 0, 2, 0)),"text":""}]"#)
        p = try #require(h.lastPublished(Self.uri))
        #expect(p["version"]?.intValue == 6)
        #expect(p["diagnostics"]?.arrayValue?.isEmpty == true)
        // Full replacement.
        h.change(Self.uri, version: 7, #"[{"text":\#(Harness.q(Samples.unused))}]"#)
        #expect(h.lastPublished(Self.uri)?["diagnostics"]?.arrayValue?.count == 1)
        // Save with text, then close: diagnostics are cleared.
        h.notify("textDocument/didSave", #"{"textDocument":\#(Harness.td(Self.uri)),"text":"Một câu.\n"}"#)
        #expect(h.lastPublished(Self.uri)?["diagnostics"]?.arrayValue?.isEmpty == true)
        h.change(Self.uri, version: 8, #"[{"text":\#(Harness.q(Samples.unused))}]"#)
        _ = h.take("textDocument/publishDiagnostics")
        h.notify("textDocument/didClose", #"{"textDocument":\#(Harness.td(Self.uri))}"#)
        #expect(h.lastPublished(Self.uri)?["diagnostics"]?.arrayValue?.isEmpty == true)
        #expect(h.server.documents[Self.uri] == nil)
    }

    @Test func burstOfEditsIsLintedOnce() {
        let h = Harness()
        h.initialize()
        h.open(Self.uri, "")
        _ = h.take("textDocument/publishDiagnostics")
        var burst: [UInt8] = []
        for (i, ch) in Samples.unused.unicodeScalars.enumerated() {
            let line = Samples.unused.unicodeScalars.prefix(i).filter { $0 == "\n" }.count
            let col = String(String.UnicodeScalarView(Samples.unused.unicodeScalars.prefix(i))).split(separator: "\n", omittingEmptySubsequences: false).last!.utf16.count
            burst += Harness.notification("textDocument/didChange",
                #"{"textDocument":{"uri":"\#(Self.uri)","version":\#(i + 2)},"contentChanges":[{"range":\#(Harness.range(line, col, line, col)),"text":\#(Harness.q(String(ch)))}]}"#)
        }
        h.sendRaw(burst)
        let pubs = h.take("textDocument/publishDiagnostics")
        #expect(pubs.count == 1)
        #expect(pubs.first?["params"]?["diagnostics"]?.arrayValue?.count == 1)
        #expect(h.server.documents[Self.uri]?.source.string == Samples.unused)
    }

    /// A change that leaves the text as it was (the same characters over
    /// themselves, the whole text sent again) gets new diagnostics like any
    /// change: a new generation in their data, the same findings.
    @Test func changeLeavingTheTextAsItWas() {
        let h = Harness()
        h.initialize()
        h.open(Self.uri, Samples.unused)
        let first = h.lastPublished(Self.uri)?["diagnostics"]?.arrayValue ?? []
        #expect(first.count == 1)
        func withoutGeneration(_ ds: [JSONValue]) -> [String] {
            ds.map { d -> String in
                var w = JSONWriter()
                w.value(d["range"] ?? .null); w.value(d["code"] ?? .null); w.value(d["message"] ?? .null)
                w.value(d["data"]?["start"] ?? .null); w.value(d["data"]?["end"] ?? .null)
                return String(decoding: w.bytes, as: UTF8.self)
            }
        }
        let line1 = Samples.unused.split(separator: "\n")[1]
        let word = String(line1.prefix(3))
        let changes = [#"[{"range":\#(Harness.range(1, 0, 1, word.utf16.count)),"text":\#(Harness.q(word))}]"#,
                       #"[{"text":\#(Harness.q(Samples.unused))}]"#]
        var generations: Set<Int> = [first[0]["data"]?["generation"]?.intValue ?? -1]
        for (k, c) in changes.enumerated() {
            h.change(Self.uri, version: k + 2, c)
            let p = h.lastPublished(Self.uri)
            #expect(p?["version"]?.intValue == k + 2)
            let ds = p?["diagnostics"]?.arrayValue ?? []
            #expect(withoutGeneration(ds) == withoutGeneration(first))
            generations.insert(ds.first?["data"]?["generation"]?.intValue ?? -1)
            #expect(h.server.documents[Self.uri]?.source.string == Samples.unused)
        }
        #expect(generations.count == 3, "each change is a new generation")
    }

}
