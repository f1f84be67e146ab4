import VanBan

/// In-text suppression comments, for false positives:
///
///     <!-- vblint-disable-next-line VB104 -->
///     text … <!-- vblint-disable-line VB501 -->
///     <!-- vblint-disable VB5 -->  …  <!-- vblint-enable VB5 -->
///     <!-- vblint-disable-file VB301 -->
///
/// The same HTML-comment form works in `.md` and `.txt` drafts (the parser
/// blanks comments out of the text rules see). No code means every rule.
/// Codes may be codes, names or prefixes, separated by spaces or commas.
public struct Suppressions: Sendable {
    public enum Scope: Sendable { case line(Int), region(TextRange), file }
    public struct Entry: Sendable {
        public var comment: TextRange
        public var keys: [String]
        public var scope: Scope
    }
    public var entries: [Entry] = []

    /// The first `<!--` at or after `from` (as `Bytes.find` finds it), sixteen
    /// bytes at a time (`WindowScan`): most documents have no comment at all,
    /// and a lane is a candidate only if it is a `<` (rare in a draft: one
    /// comparison per window is cheaper than three for the rare false lane).
    static func nextCommentOpen(_ b: [UInt8], from: Int) -> Int? {
        let less = SIMD16<UInt8>(repeating: 0x3C)
        return b.withUnsafeBufferPointer { p in
            WindowScan.firstWide(p, from: from, to: p.count - 3, candidates: { x, _, _ in x .== less },
                             exact: { p[$0] == 0x3C && p[$0 + 1] == 0x21 && p[$0 + 2] == 0x2D && p[$0 + 3] == 0x2D })
        }
    }

    public static func scan(_ doc: Document) -> Suppressions {
        var s = Suppressions()
        let b = doc.source.bytes
        var openRegions: [(keys: [String], start: Int, comment: TextRange)] = []
        var i = 0
        while let at = Self.nextCommentOpen(b, from: i) {
            guard let close = Bytes.find(Array("-->".utf8), in: b, from: at + 4) else { break }
            let inner = String(decoding: b[(at + 4)..<close], as: UTF8.self).trimmingASCIIWhitespace
            let comment = TextRange(at, close + 3)
            i = close + 3
            guard inner.hasPrefix("vblint-") else { continue }
            let parts = inner.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }).map(String.init)
            guard let directive = parts.first else { continue }
            let keys = Array(parts.dropFirst())
            let line = doc.source.line(of: at)
            switch directive {
            case "vblint-disable-next-line":
                s.entries.append(Entry(comment: comment, keys: keys, scope: .line(line + 1)))
            case "vblint-disable-line":
                s.entries.append(Entry(comment: comment, keys: keys, scope: .line(line)))
            case "vblint-disable-file":
                s.entries.append(Entry(comment: comment, keys: keys, scope: .file))
            case "vblint-disable":
                openRegions.append((keys, comment.end, comment))
            case "vblint-enable":
                if let idx = openRegions.lastIndex(where: { $0.keys == keys }) ?? (keys.isEmpty ? openRegions.indices.last : nil) {
                    let r = openRegions.remove(at: idx)
                    s.entries.append(Entry(comment: r.comment, keys: r.keys, scope: .region(TextRange(r.start, comment.start))))
                }
            default: continue
            }
        }
        for r in openRegions {
            s.entries.append(Entry(comment: r.comment, keys: r.keys, scope: .region(TextRange(r.start, b.count))))
        }
        return s
    }

    func covers(_ e: Entry, _ d: Diagnostic, _ doc: Document) -> Bool {
        let keyOK = e.keys.isEmpty || e.keys.contains { k in
            d.name == k || (k.uppercased().hasPrefix("VB") && d.code.uppercased().hasPrefix(k.uppercased()))
        }
        guard keyOK else { return false }
        switch e.scope {
        case .file: return true
        case .line(let l): return doc.source.line(of: d.range.start) == l
        case .region(let r): return d.range.start >= r.start && d.range.start < r.end
        }
    }

    /// Drops suppressed findings and reports suppressions that suppressed
    /// nothing (as `VB009 unused-suppression`, a hint), unless that rule is
    /// itself disabled.
    func filter(_ diags: [Diagnostic], document doc: Document, enabledRules: [RuleMetadata]) -> ([Diagnostic], Int) {
        if entries.isEmpty { return (diags, 0) }
        var used = [Bool](repeating: false, count: entries.count)
        var kept: [Diagnostic] = []
        var dropped = 0
        for d in diags {
            var hit = false
            for (k, e) in entries.enumerated() where covers(e, d, doc) {
                used[k] = true
                hit = true
            }
            if hit { dropped += 1 } else { kept.append(d) }
        }
        if let m = enabledRules.first(where: { $0.code == UnusedSuppression.metadata.code }) {
            for (k, e) in entries.enumerated() where !used[k] {
                kept.append(Diagnostic(code: m.code, name: m.name, severity: m.severity, range: e.comment,
                                       message: LocalizedText(vi: "Chú thích tắt kiểm tra này không tắt phát hiện nào; có thể xóa.",
                                                              en: "This suppression comment suppresses nothing; it can be removed."),
                                       fixes: [Fix(title: LocalizedText(vi: "Xóa chú thích", en: "Remove the comment"),
                                                   edits: [TextEdit(range: e.comment, replacement: "")], safety: .unsafe)],
                                       tags: [.unnecessary]))
            }
        }
        return (kept, dropped)
    }
}

extension String {
    var trimmingASCIIWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
