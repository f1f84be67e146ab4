import VanBan
import VanBanLint
import VanBanServer

struct ReportContext {
    var lang: MessageLanguage
    var color: Bool
    var elapsedNanos: UInt64
    var options: CheckOptions
}

/// 1-based positions of a range: line and column in Unicode scalars
/// (`endColumn` is exclusive: the column just after the range), byte
/// offset and length in the UTF-8 text.
struct Span {
    var line: Int, column: Int, endLine: Int, endColumn: Int, offset: Int, length: Int
    init(_ src: SourceText, _ r: TextRange) {
        let a = src.position(of: r.start, unit: .scalar), b = src.position(of: r.end, unit: .scalar)
        line = a.line + 1; column = a.column + 1; endLine = b.line + 1; endColumn = b.column + 1
        offset = r.start; length = r.length
    }
}

/// Counts shared by the summaries.
struct Tally {
    var files = 0, failed = 0, fixesApplied = 0
    var bySeverity: [Severity: Int] = [:]
    var total = 0, safeFixable = 0, unsafeFixable = 0
    init(_ reports: [FileReport]) {
        for r in reports {
            if r.error != nil { failed += r.isDraft ? 1 : 0; continue }
            if r.source != nil { files += 1 }
            fixesApplied += r.fixesApplied
            for d in r.diagnostics {
                total += 1
                bySeverity[d.severity, default: 0] += 1
                if d.hasSafeFix { safeFixable += 1 } else if d.isFixable { unsafeFixable += 1 }
            }
        }
    }
    func count(_ s: Severity) -> Int { bySeverity[s] ?? 0 }
}

enum Reporters {
    // MARK: text

    enum Style: String {
        case bold = "1", red = "1;31", yellow = "1;33", blue = "1;34", cyan = "1;36", dim = "2", green = "32"
    }

    static func paint(_ s: String, _ style: Style, _ on: Bool) -> String { on ? "\u{1B}[\(style.rawValue)m\(s)\u{1B}[0m" : s }

    static func style(_ s: Severity) -> Style {
        switch s {
        case .error: return .red
        case .warning: return .yellow
        case .info: return .blue
        case .hint: return .cyan
        }
    }

    static func text(_ reports: [FileReport], _ c: ReportContext) -> String {
        var out = ""
        let vi = c.lang == .vi
        for r in reports {
            guard let src = r.source else { continue }
            for d in r.diagnostics {
                let s = Span(src, d.range)
                out += paint("\(r.display):\(s.line):\(s.column):", .bold, c.color) + " "
                out += paint(d.severity.rawValue, style(d.severity), c.color) + " "
                out += paint("[\(d.code) \(d.name)]", .bold, c.color) + " " + oneLine(d.message.text(c.lang)) + "\n"
                let snippet = Snippet.render(src, d.range)
                let gutter = String(repeating: " ", count: String(s.line).count)
                out += paint("\(s.line) |", .dim, c.color) + " " + snippet.line + "\n"
                out += paint("\(gutter) |", .dim, c.color) + " " + paint(snippet.carets, style(d.severity), c.color) + "\n"
                for rel in d.related {
                    let rs = Span(src, rel.range)
                    out += "\(gutter) = " + (vi ? "xem dòng" : "see line") + " \(rs.line):\(rs.column): \(oneLine(rel.message.text(c.lang)))\n"
                }
                for f in d.fixes {
                    let label = f.safety == .safe ? (vi ? "sửa (an toàn, --fix)" : "fix (safe, --fix)")
                                                  : (vi ? "sửa (cần xác nhận, --unsafe-fixes)" : "fix (unsafe, --unsafe-fixes)")
                    out += "\(gutter) = " + paint(label, .green, c.color) + ": " + oneLine(f.title.text(c.lang)) + "\n"
                    if let preview = Snippet.preview(src, f, line: s.line - 1) {
                        out += paint("\(gutter) +", .green, c.color) + " " + preview + "\n"
                    }
                }
                out += "\n"
            }
        }
        out += summary(reports, c) + "\n"
        return out
    }

    static func oneLine(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }

    static func summary(_ reports: [FileReport], _ c: ReportContext) -> String {
        let t = Tally(reports)
        let vi = c.lang == .vi
        var s = ""
        if t.fixesApplied > 0 {
            s += vi ? "Đã sửa \(t.fixesApplied) lỗi.\n" : "Fixed \(t.fixesApplied) problem\(t.fixesApplied == 1 ? "" : "s").\n"
        }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 || vi ? "" : "s")" }
        s += vi ? "Đã kiểm tra \(t.files) tệp" : "Checked \(plural(t.files, "file"))"
        if t.failed > 0 { s += vi ? " (\(t.failed) tệp không kiểm tra được)" : " (\(t.failed) could not be checked)" }
        s += ": "
        if t.total == 0 {
            s += vi ? "không có phát hiện nào." : "no findings."
        } else {
            if vi {
                s += "\(t.count(.error)) lỗi, \(t.count(.warning)) cảnh báo, \(t.count(.info)) thông tin, \(t.count(.hint)) gợi ý"
            } else {
                s += "\(plural(t.count(.error), "error")), \(plural(t.count(.warning), "warning")), \(t.count(.info)) info, \(plural(t.count(.hint), "hint"))"
            }
            var fix: [String] = []
            if t.safeFixable > 0 { fix.append(vi ? "\(t.safeFixable) sửa được bằng --fix" : "\(t.safeFixable) fixable with --fix") }
            if t.unsafeFixable > 0 { fix.append(vi ? "\(t.unsafeFixable) sửa được bằng --fix --unsafe-fixes" : "\(t.unsafeFixable) fixable with --fix --unsafe-fixes") }
            if !fix.isEmpty { s += " (" + fix.joined(separator: "; ") + ")" }
            s += "."
        }
        let ms = c.elapsedNanos / 1_000_000
        s += vi ? " Thời gian: \(ms) ms." : " Time: \(ms) ms."
        return s
    }

    // MARK: statistics

    static func statistics(_ reports: [FileReport], _ c: ReportContext) -> [UInt8] {
        var counts: [String: (name: String, count: Int, fixable: Int)] = [:]
        for r in reports {
            for d in r.diagnostics {
                var e = counts[d.code] ?? (d.name, 0, 0)
                e.count += 1
                if d.isFixable { e.fixable += 1 }
                counts[d.code] = e
            }
        }
        let rows = counts.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
        if c.options.format == .json {
            var w = JSONWriter()
            w.beginArray()
            for (code, e) in rows {
                w.beginObject()
                w.key("code"); w.string(code)
                w.key("name"); w.string(e.name)
                w.key("count"); w.int(e.count)
                w.key("fixable"); w.int(e.fixable)
                w.endObject()
            }
            w.endArray()
            return w.bytes + [0x0A]
        }
        var out = ""
        let width = String(rows.first?.value.count ?? 0).count
        for (code, e) in rows {
            let n = String(e.count)
            out += String(repeating: " ", count: width - n.count) + n + "\t\(code)\t\(e.name)" + (e.fixable > 0 ? "\t[*] \(e.fixable)" : "") + "\n"
        }
        out += summary(reports, c) + "\n"
        return Array(out.utf8)
    }

    // MARK: json

    /// `--format json`, schema version 1:
    ///
    ///     {"version": 1, "tool": {"name": "vblint", "version": "…"},
    ///      "files": [{"path", "encoding", "regime", "fixesApplied",
    ///                 "diagnostics": [{"code", "name", "severity", "message", "url",
    ///                                  "line", "column", "endLine", "endColumn", "offset", "length",
    ///                                  "fixes": [{"title", "safety", "edits": [{positions…, "replacement"}]}],
    ///                                  "related": [{positions…, "message"}]}]}],
    ///      "errors": [{"path", "message"}],
    ///      "summary": {"files", "failed", "findings", "error", "warning", "info", "hint",
    ///                  "fixable", "unsafeFixable", "fixesApplied"}}
    ///
    /// Lines and columns are 1-based, columns count Unicode scalars and
    /// `endColumn` is exclusive; `offset`/`length` are UTF-8 bytes of the
    /// decoded text (equal to the file's bytes for UTF-8 without BOM).
    static func json(_ reports: [FileReport], _ c: ReportContext) -> [UInt8] {
        var w = JSONWriter(capacity: 1 << 16)
        func span(_ s: Span) {
            w.key("line"); w.int(s.line); w.key("column"); w.int(s.column)
            w.key("endLine"); w.int(s.endLine); w.key("endColumn"); w.int(s.endColumn)
            w.key("offset"); w.int(s.offset); w.key("length"); w.int(s.length)
        }
        w.beginObject()
        w.key("version"); w.int(1)
        w.key("tool"); w.beginObject(); w.key("name"); w.string("vblint"); w.key("version"); w.string(CLI.version); w.endObject()
        w.key("files"); w.beginArray()
        for r in reports {
            guard let src = r.source, r.error == nil else { continue }
            w.beginObject()
            w.key("path"); w.string(r.display)
            w.key("encoding"); w.string(src.encoding.rawValue)
            w.key("regime"); w.string(r.regime?.rawValue)
            w.key("fixesApplied"); w.int(r.fixesApplied)
            w.key("diagnostics"); w.beginArray()
            for d in r.diagnostics {
                w.beginObject()
                w.key("code"); w.string(d.code)
                w.key("name"); w.string(d.name)
                w.key("severity"); w.string(d.severity.rawValue)
                w.key("message"); w.string(d.message.text(c.lang))
                w.key("url"); w.string(RuleRegistry.rule(named: d.code)?.metadata.documentationURL)
                span(Span(src, d.range))
                w.key("fixes"); w.beginArray()
                for f in d.fixes {
                    w.beginObject()
                    w.key("title"); w.string(f.title.text(c.lang))
                    w.key("safety"); w.string(f.safety.rawValue)
                    w.key("edits"); w.beginArray()
                    for e in f.edits {
                        w.beginObject(); span(Span(src, e.range)); w.key("replacement"); w.string(e.replacement); w.endObject()
                    }
                    w.endArray()
                    w.endObject()
                }
                w.endArray()
                w.key("related"); w.beginArray()
                for rel in d.related {
                    w.beginObject(); span(Span(src, rel.range)); w.key("message"); w.string(rel.message.text(c.lang)); w.endObject()
                }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("errors"); w.beginArray()
        for r in reports {
            guard let e = r.error else { continue }
            w.beginObject(); w.key("path"); w.string(r.display); w.key("message"); w.string(e.text(c.lang)); w.endObject()
        }
        w.endArray()
        let t = Tally(reports)
        w.key("summary"); w.beginObject()
        w.key("files"); w.int(t.files); w.key("failed"); w.int(t.failed); w.key("findings"); w.int(t.total)
        for s in Severity.allCases.reversed() { w.key(s.rawValue); w.int(t.count(s)) }
        w.key("fixable"); w.int(t.safeFixable); w.key("unsafeFixable"); w.int(t.unsafeFixable)
        w.key("fixesApplied"); w.int(t.fixesApplied)
        w.endObject()
        w.endObject()
        return w.bytes + [0x0A]
    }

    // MARK: sarif

    static func sarifLevel(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info, .hint: return "note"
        }
    }

    /// A URI reference for a path: percent-encoded, relative paths kept
    /// relative (GitHub resolves them against the repository root).
    static func uri(_ path: String) -> String { FileURI.uri(path) }

    /// SARIF 2.1.0 for GitHub code scanning.
    static func sarif(_ reports: [FileReport], _ c: ReportContext) -> [UInt8] {
        var w = JSONWriter(capacity: 1 << 16)
        let rules = RuleRegistry.all.map { $0.metadata }
        var index: [String: Int] = [:]
        for (i, m) in rules.enumerated() { index[m.code] = i }
        func region(_ s: Span, bytes: Bool, bom: Int) {
            w.beginObject()
            w.key("startLine"); w.int(s.line); w.key("startColumn"); w.int(s.column)
            w.key("endLine"); w.int(s.endLine); w.key("endColumn"); w.int(s.endColumn)
            if bytes { w.key("byteOffset"); w.int(s.offset + bom); w.key("byteLength"); w.int(s.length) }
            w.endObject()
        }
        w.beginObject()
        w.key("$schema"); w.string("https://json.schemastore.org/sarif-2.1.0.json")
        w.key("version"); w.string("2.1.0")
        w.key("runs"); w.beginArray(); w.beginObject()
        w.key("tool"); w.beginObject(); w.key("driver"); w.beginObject()
        w.key("name"); w.string("vblint")
        w.key("version"); w.string(CLI.version)
        w.key("semanticVersion"); w.string(CLI.version)
        w.key("informationUri"); w.string("https://vblint.dev")
        w.key("rules"); w.beginArray()
        for m in rules {
            w.beginObject()
            w.key("id"); w.string(m.code)
            w.key("name"); w.string(m.name)
            w.key("shortDescription"); w.beginObject(); w.key("text"); w.string(m.summary.text(c.lang)); w.endObject()
            w.key("fullDescription"); w.beginObject(); w.key("text"); w.string(m.explanation.text(c.lang)); w.endObject()
            let doc = RuleDocs.render(m, lang: c.lang)
            w.key("help"); w.beginObject(); w.key("text"); w.string(doc); w.key("markdown"); w.string(doc); w.endObject()
            w.key("helpUri"); w.string(m.documentationURL)
            w.key("defaultConfiguration"); w.beginObject(); w.key("level"); w.string(sarifLevel(m.severity)); w.endObject()
            w.key("properties"); w.beginObject()
            w.key("tags"); w.beginArray(); for r in m.regimes.map(\.rawValue).sorted() { w.string(r) }; w.endArray()
            w.key("source"); w.string(m.source)
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject(); w.endObject()
        w.key("columnKind"); w.string("unicodeCodePoints")
        w.key("invocations"); w.beginArray(); w.beginObject()
        w.key("executionSuccessful"); w.bool(!reports.contains { $0.error != nil })
        w.key("toolExecutionNotifications"); w.beginArray()
        for r in reports {
            guard let e = r.error else { continue }
            w.beginObject()
            w.key("level"); w.string("error")
            w.key("message"); w.beginObject(); w.key("text"); w.string(e.text(c.lang)); w.endObject()
            w.key("locations"); w.beginArray(); w.beginObject()
            w.key("physicalLocation"); w.beginObject()
            w.key("artifactLocation"); w.beginObject(); w.key("uri"); w.string(uri(r.display)); w.endObject()
            w.endObject()
            w.endObject(); w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject(); w.endArray()
        w.key("results"); w.beginArray()
        for r in reports {
            guard let src = r.source, r.error == nil else { continue }
            let bytes = src.encoding == .utf8 || src.encoding == .utf8WithBOM
            let bom = src.encoding == .utf8WithBOM ? 3 : 0
            let u = uri(r.display)
            for d in r.diagnostics {
                w.beginObject()
                w.key("ruleId"); w.string(d.code)
                if let i = index[d.code] { w.key("ruleIndex"); w.int(i) }
                w.key("level"); w.string(sarifLevel(d.severity))
                w.key("message"); w.beginObject(); w.key("text"); w.string(d.message.text(c.lang)); w.endObject()
                w.key("locations"); w.beginArray(); w.beginObject()
                w.key("physicalLocation"); w.beginObject()
                w.key("artifactLocation"); w.beginObject(); w.key("uri"); w.string(u); w.endObject()
                w.key("region"); region(Span(src, d.range), bytes: bytes, bom: bom)
                w.endObject()
                w.endObject(); w.endArray()
                if !d.related.isEmpty {
                    w.key("relatedLocations"); w.beginArray()
                    for (k, rel) in d.related.enumerated() {
                        w.beginObject()
                        w.key("id"); w.int(k)
                        w.key("message"); w.beginObject(); w.key("text"); w.string(rel.message.text(c.lang)); w.endObject()
                        w.key("physicalLocation"); w.beginObject()
                        w.key("artifactLocation"); w.beginObject(); w.key("uri"); w.string(u); w.endObject()
                        w.key("region"); region(Span(src, rel.range), bytes: bytes, bom: bom)
                        w.endObject()
                        w.endObject()
                    }
                    w.endArray()
                }
                if !d.fixes.isEmpty {
                    w.key("fixes"); w.beginArray()
                    for f in d.fixes {
                        w.beginObject()
                        w.key("description"); w.beginObject(); w.key("text"); w.string(f.title.text(c.lang)); w.endObject()
                        w.key("artifactChanges"); w.beginArray(); w.beginObject()
                        w.key("artifactLocation"); w.beginObject(); w.key("uri"); w.string(u); w.endObject()
                        w.key("replacements"); w.beginArray()
                        for e in f.edits {
                            w.beginObject()
                            w.key("deletedRegion"); region(Span(src, e.range), bytes: bytes, bom: bom)
                            w.key("insertedContent"); w.beginObject(); w.key("text"); w.string(e.replacement); w.endObject()
                            w.endObject()
                        }
                        w.endArray()
                        w.endObject(); w.endArray()
                        w.key("properties"); w.beginObject(); w.key("safety"); w.string(f.safety.rawValue); w.endObject()
                        w.endObject()
                    }
                    w.endArray()
                }
                w.endObject()
            }
        }
        w.endArray()
        w.endObject(); w.endArray()
        w.endObject()
        return w.bytes + [0x0A]
    }

    // MARK: github

    /// Replaces the scalars `map` has a replacement for.
    static func escape(_ s: String, _ map: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if let r = map(u) { out += r } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// Escapes a workflow command's message (`%`, CR, LF) or, with
    /// `property`, a property value (also `:` and `,`).
    static func githubEscape(_ s: String, property: Bool) -> String {
        escape(s) { u in
            switch u {
            case "%": return "%25"
            case "\r": return "%0D"
            case "\n": return "%0A"
            case ":" where property: return "%3A"
            case "," where property: return "%2C"
            default: return nil
            }
        }
    }

    /// GitHub Actions workflow commands: `::error file=…,line=…::message`.
    /// `endColumn` is inclusive here (the last character), as in the
    /// Checks API.
    static func github(_ reports: [FileReport], _ c: ReportContext) -> [UInt8] {
        var out = ""
        for r in reports {
            let file = githubEscape(r.display, property: true)
            if let e = r.error {
                out += "::error file=\(file),title=vblint::\(githubEscape(e.text(c.lang), property: false))\n"
                continue
            }
            guard let src = r.source else { continue }
            for d in r.diagnostics {
                let s = Span(src, d.range)
                let level: String
                switch d.severity {
                case .error: level = "error"
                case .warning: level = "warning"
                case .info, .hint: level = "notice"
                }
                let endCol = s.endLine == s.line ? max(s.column, s.endColumn - 1) : max(1, s.endColumn - 1)
                out += "::\(level) file=\(file),line=\(s.line),col=\(s.column),endLine=\(s.endLine),endColumn=\(endCol)"
                out += ",title=\(githubEscape("\(d.code) \(d.name)", property: true))::"
                out += githubEscape(d.message.text(c.lang), property: false) + "\n"
            }
        }
        return Array(out.utf8)
    }

    // MARK: junit

    static func xmlEscape(_ s: String) -> String {
        escape(s) { u in
            switch u {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&apos;"
            case "\n": return "&#10;"
            case "\r": return "&#13;"
            case "\t": return "&#9;"
            default:
                // Characters XML 1.0 forbids.
                return u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF ? "\u{FFFD}" : nil
            }
        }
    }

    /// JUnit XML: one test suite per draft, one test case per finding
    /// (a `<failure>` at or above the failing severity), `<error>` for a
    /// draft that could not be checked, one passing case for a clean draft.
    static func junit(_ reports: [FileReport], _ c: ReportContext) -> [UInt8] {
        var body = ""
        var tests = 0, failures = 0, errors = 0
        for r in reports {
            let name = xmlEscape(r.display)
            if let e = r.error {
                tests += 1; errors += 1
                body += "  <testsuite name=\"\(name)\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
                body += "    <testcase name=\"vblint\" classname=\"\(name)\" file=\"\(name)\">\n"
                body += "      <error message=\"\(xmlEscape(e.text(c.lang)))\"/>\n    </testcase>\n  </testsuite>\n"
                continue
            }
            guard let src = r.source else { continue }
            let failing = r.diagnostics.filter { $0.severity >= r.failOn }.count
            let n = max(1, r.diagnostics.count)
            tests += n; failures += failing
            body += "  <testsuite name=\"\(name)\" tests=\"\(n)\" failures=\"\(failing)\" errors=\"0\">\n"
            if r.diagnostics.isEmpty {
                body += "    <testcase name=\"vblint\" classname=\"\(name)\" file=\"\(name)\"/>\n"
            }
            for d in r.diagnostics {
                let s = Span(src, d.range)
                let msg = xmlEscape(d.message.text(c.lang))
                body += "    <testcase name=\"\(d.code) \(xmlEscape(d.name)) \(s.line):\(s.column)\" classname=\"\(name)\" file=\"\(name)\" line=\"\(s.line)\">\n"
                if d.severity >= r.failOn {
                    body += "      <failure message=\"\(msg)\" type=\"\(d.severity.rawValue)\">\(name):\(s.line):\(s.column): \(d.severity.rawValue) [\(d.code) \(xmlEscape(d.name))] \(msg)</failure>\n"
                } else {
                    body += "      <system-out>\(name):\(s.line):\(s.column): \(d.severity.rawValue) [\(d.code) \(xmlEscape(d.name))] \(msg)</system-out>\n"
                }
                body += "    </testcase>\n"
            }
            body += "  </testsuite>\n"
        }
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"vblint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        return Array((head + body + "</testsuites>\n").utf8)
    }
}

/// The source line under a finding, with carets under its range.
enum Snippet {
    /// Longest stretch of a line shown around a finding, in bytes.
    static let window = 240

    static func render(_ src: SourceText, _ range: TextRange) -> (line: String, carets: String) {
        let lineIndex = src.line(of: range.start)
        let lr = src.lineRange(lineIndex)
        let hs = min(max(range.start, lr.start), lr.end)
        let he = min(max(range.end, hs), lr.end)
        var from = lr.start, to = lr.end
        if to - from > window * 2 {
            from = src.scalarBoundary(atOrBefore: max(lr.start, hs - window / 2))
            to = src.scalarBoundary(atOrBefore: min(lr.end, min(max(he, hs + 1), hs + window) + window / 2))
            if to < lr.end && to <= hs { to = lr.end }
        }
        var line = from > lr.start ? "…" : ""
        var carets = from > lr.start ? " " : ""
        var caretsDrawn = false
        let b = src.bytes
        var i = from
        while i < to {
            let (u, len) = Bytes.decodeScalar(b, i)
            var w = DisplayWidth.of(u)
            if u == "\t" || (u.value < 0x20) || u.value == 0x7F { line += " "; w = 1 } else { line.unicodeScalars.append(u) }
            if i >= hs && i < he {
                if w > 0 { carets += String(repeating: "^", count: w); caretsDrawn = true }
            } else if i < hs {
                carets += String(repeating: " ", count: w)
            }
            i += len
        }
        if to < lr.end { line += "…" }
        if !caretsDrawn { carets += "^" }
        return (line, carets)
    }

    /// The finding's line after applying a fix, when the fix only touches
    /// that line and the result is short and not empty.
    static func preview(_ src: SourceText, _ fix: Fix, line: Int) -> String? {
        let lr = src.lineRange(line)
        guard lr.length <= window, !fix.edits.isEmpty,
              fix.edits.allSatisfy({ $0.range.start >= lr.start && $0.range.end <= lr.end }) else { return nil }
        var bytes = Array(src.bytes[lr.start..<lr.end])
        for e in fix.edits.sorted(by: { $0.range.start > $1.range.start }) {
            bytes.replaceSubrange((e.range.start - lr.start)..<(e.range.end - lr.start), with: Array(e.replacement.utf8))
        }
        let s = String(decoding: bytes, as: UTF8.self)
        if s.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
        return String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
