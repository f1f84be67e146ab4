import VanBan

/// Applies fixes to a text. Deterministic: fixes are taken in order of
/// their first edit's start (ties: by rule code), and a fix whose edits
/// overlap an edit already taken is left for the next pass.
public enum Fixer {
    public struct Outcome: Sendable {
        public var bytes: [UInt8]
        public var appliedFixes: Int
    }

    /// One pass over one set of diagnostics.
    public static func apply(_ diagnostics: [Diagnostic], to bytes: [UInt8], includeUnsafe: Bool) -> Outcome {
        var chosen: [TextEdit] = []
        var applied = 0
        let candidates = diagnostics.compactMap { d -> (String, Fix)? in
            guard let f = d.fixes.first(where: { includeUnsafe || $0.safety == .safe }) else { return nil }
            return (d.code, f)
        }.sorted { a, b in
            let sa = a.1.edits.map(\.range.start).min() ?? 0, sb = b.1.edits.map(\.range.start).min() ?? 0
            return sa != sb ? sa < sb : a.0 < b.0
        }
        for (_, fix) in candidates {
            let conflicts = fix.edits.contains { e in
                chosen.contains { c in
                    e.range.overlaps(c.range) || (e.range.isEmpty && c.range.isEmpty && e.range.start == c.range.start)
                        || (e.range.isEmpty && c.range.contains(e.range.start)) || (c.range.isEmpty && e.range.contains(c.range.start))
                }
            }
            if conflicts { continue }
            chosen.append(contentsOf: fix.edits)
            applied += 1
        }
        chosen.sort { $0.range.start > $1.range.start || ($0.range.start == $1.range.start && $0.range.end > $1.range.end) }
        var out = bytes
        for e in chosen where e.range.end <= out.count {
            out.replaceSubrange(e.range.start..<e.range.end, with: Array(e.replacement.utf8))
        }
        return Outcome(bytes: out, appliedFixes: applied)
    }

    /// Lints and fixes until nothing fixable remains (at most `maxPasses`),
    /// so that fixing a fixed text changes nothing.
    public static func fixAll(_ text: [UInt8], encoding: SourceEncoding = .utf8, options: LintOptions,
                              includeUnsafe: Bool, maxPasses: Int = 10) -> Outcome {
        var bytes = text
        var total = 0
        for _ in 0..<maxPasses {
            let result = Linter.lint(SourceText(validUTF8: bytes, encoding: encoding), options: options)
            let o = apply(result.diagnostics, to: bytes, includeUnsafe: includeUnsafe)
            if o.appliedFixes == 0 || o.bytes == bytes { break }
            bytes = o.bytes
            total += o.appliedFixes
        }
        return Outcome(bytes: bytes, appliedFixes: total)
    }
}
