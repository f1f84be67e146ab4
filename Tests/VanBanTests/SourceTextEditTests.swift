import Testing
@testable import VanBan

/// `SourceText.replacing(_:with:)` updates the line index and the block
/// tables of the text it edits; after any chain of edits they must be what
/// a fresh `SourceText` of the same bytes builds.
@Suite struct SourceTextEditTests {
    static let pieces = ["Điều 5. ", "Ha\u{0300} No\u{0302}\u{0323}i ", "😀 ", "abc\r\n", "x\ry ", "công văn số 12/2024 ",
                         "𝔘𝔫𝔦 ", "\t", "ạ", "a", "bc", "d", "ef", "ghi\n"]
    static let replacements = ["", "x", "\n", "\r", "\r\n", "ạ", "😀", "\n\r", "Nghị định\r\nsố ",
                               String(repeating: "dài ", count: 150), String(repeating: "😀\n", count: 90)]

    /// Both texts agree on bytes, line starts, and every position and offset.
    static func expectSame(_ edited: SourceText, _ fresh: SourceText, _ what: String) {
        #expect(edited.bytes == fresh.bytes, "\(what): bytes")
        #expect(edited.lineStarts == fresh.lineStarts, "\(what): line starts")
        let b = fresh.bytes
        for i in 0...b.count where i == b.count || b[i] & 0xC0 != 0x80 {
            for unit in [ColumnUnit.utf16, .scalar] where edited.position(of: i, unit: unit) != fresh.position(of: i, unit: unit) {
                Issue.record("\(what): \(unit) position of \(i)")
                return
            }
        }
        for line in 0..<fresh.lineCount {
            let len = fresh.lineRange(line).end - fresh.lineRange(line).start
            for col in stride(from: 0, through: len + 1, by: len > 600 ? 3 : 1) {
                for unit in [ColumnUnit.utf16, .scalar] {
                    let p = LineColumn(line: line, column: col)
                    if edited.offset(of: p, unit: unit) != fresh.offset(of: p, unit: unit) {
                        Issue.record("\(what): \(unit) offset of \(line):\(col)")
                        return
                    }
                }
            }
        }
    }

    @Test(arguments: [0, 1, 2])
    func chainedEditsMatchAFreshText(seed: Int) {
        var text = ""
        var k = 0
        // Seed 0: short lines; 1 and 2: lines of kilobytes (block tables).
        while text.utf8.count < 3000 {
            let p = Self.pieces[(k * 5 + k / 3 + seed) % Self.pieces.count]
            k += 1
            if seed > 0 && p.contains(where: \.isNewline) { continue }
            text += p
        }
        var src = SourceText(text)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(seed)
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(Swift.max(n, 1)))
        }
        for step in 0..<24 {
            let b = src.bytes
            func boundary(_ o: Int) -> Int { var o = Swift.min(o, b.count); while o > 0 && o < b.count && b[o] & 0xC0 == 0x80 { o -= 1 }; return o }
            let a = boundary(step % 6 == 0 ? (step * 512) % (b.count + 1) : next(b.count + 1))
            let lengths = [0, 1, 2, 5, 40, 700]
            let e = boundary(Swift.min(b.count, a + lengths[next(lengths.count)]))
            let rep = Array(Self.replacements[next(Self.replacements.count)].utf8)
            let edited = src.replacing(TextRange(a, Swift.max(a, e)), with: rep)
            var nb = b
            nb.replaceSubrange(a..<Swift.max(a, e), with: rep)
            Self.expectSame(edited, SourceText(validUTF8: nb), "seed \(seed) step \(step): \(a)..<\(e) ← \(rep.count) bytes")
            src = edited
        }
    }

    @Test func editsAtTheEnds() {
        let cases: [(String, Int, Int, String)] = [
            ("", 0, 0, "a\r"), ("a\r", 2, 2, "\n"), ("a\r\nb", 2, 2, "x"), ("a\r\nb", 2, 3, ""), ("ab\n", 0, 3, ""),
            ("ab\n", 3, 3, "\r"), ("\r", 0, 0, "\r"), ("x\r", 1, 2, "\r\n"),
        ]
        for (t, a, e, r) in cases {
            let edited = SourceText(t).replacing(TextRange(a, e), with: Array(r.utf8))
            var nb = Array(t.utf8)
            nb.replaceSubrange(a..<e, with: Array(r.utf8))
            Self.expectSame(edited, SourceText(validUTF8: nb), "\(t.debugDescription) \(a)..<\(e) ← \(r.debugDescription)")
        }
    }
}
