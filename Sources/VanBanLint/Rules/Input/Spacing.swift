import VanBan

/// VB006 spacing: doubled spaces inside a sentence, a space before a
/// punctuation mark, no space after a comma or semicolon.
public struct Spacing: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB006", name: "spacing", severity: .warning, appliesToNonDocuments: true,
        source: "Quy tắc chính tả và trình bày văn bản tiếng Việt (dấu câu viết liền chữ trước, cách một khoảng trắng sau); NĐ 30/2020 Phụ lục I, mục I",
        summary: LocalizedText(vi: "Khoảng trắng sai quanh dấu câu hoặc hai khoảng trắng liền nhau",
                               en: "Wrong spacing around punctuation or doubled spaces"),
        explanation: LocalizedText(
            vi: "Dấu câu (`,` `.` `;` `:` `?` `!` `)`) viết liền chữ đứng trước và cách chữ đứng sau một khoảng trắng; dấu mở ngoặc `(` viết liền chữ đứng sau; giữa hai từ chỉ có một khoảng trắng. Khoảng trắng trước dấu câu làm dấu câu có thể rơi xuống đầu dòng; thiếu khoảng trắng sau dấu phẩy làm hai từ dính nhau. Quy tắc bỏ qua thụt đầu dòng, bảng Markdown, các dòng phần đầu văn bản (nơi các cột được dóng bằng khoảng trắng), số thập phân (`1,5`) và ký hiệu (`QĐ-UBND`). Hai khoảng trắng liền nhau chỉ ở mức thông tin. Sửa an toàn: xóa hoặc thêm khoảng trắng.",
            en: "Punctuation (`,` `.` `;` `:` `?` `!` `)`) is written against the preceding word and followed by one space; an opening `(` is written against the word after it; words are separated by one space. A space before a mark lets it wrap to the start of a line; a missing space after a comma glues two words. The rule skips indentation, Markdown tables, header lines (whose columns are aligned with spaces), decimal numbers (`1,5`) and symbols (`QĐ-UBND`). Doubled spaces are info only. Safe fix: remove or insert the space."),
        fixSafety: .safe,
        triggering: [RuleExample("Trang trí ( cờ hoa ) và (băng rôn ).", violations: 3, fixed: "Trang trí (cờ hoa) và (băng rôn)."),
                     RuleExample("Các cơ quan , đơn vị thực hiện.", violations: 1, fixed: "Các cơ quan, đơn vị thực hiện."),
                     RuleExample("Các cơ quan,đơn vị thực hiện.", violations: 1, fixed: "Các cơ quan, đơn vị thực hiện."),
                     RuleExample("Các cơ quan  đơn vị thực hiện.", violations: 1, fixed: "Các cơ quan đơn vị thực hiện.")],
        nonTriggering: [RuleExample("Tỷ lệ 1,5%; Quyết định số 12/QĐ-UBND; xem thêm... và (ghi chú).\n    Thụt đầu dòng.\n| Cột 1  | Cột 2 |")])

    public func check(_ context: RuleContext) {
        let src = context.source.bytes
        let clean = context.clean
        // Every `|` and tab of the text (they are rare), and every event of
        // the whole text (`isEvent` with the text's end as the limit): a
        // superset of each line's events (a line's own limit only removes
        // some), which `checkLine` confirms. Both from the pass shared with
        // VB505 (`TextMarks`): one scan per line cost more in set-up and
        // tails than the lines' bytes.
        let textMarks = context.analysis.textMarks
        let marks = textMarks.tableMarks
        let events = textMarks.spacingEvents
        // The lines holding an event in their trimmed part, found by a walk
        // over the events: a line without one (most lines) costs only the
        // step over it. (Lines are in text order and do not overlap, nor do
        // their trimmed parts; so for the line reached, the events before
        // `ev` all lie before its trimmed part.)
        // The lines and events read without bounds checks: `k` and `ev`
        // are tested against their counts before each read.
        context.document.lines.withUnsafeBufferPointer { lines in
            events.withUnsafeBufferPointer { ep in
                var m = 0, ev = 0, k = 0
                while ev < ep.count {
                    let q = ep[ev]
                    // The first line whose trimmed part ends after the event.
                    while k < lines.count && lines[k].trimmed.end <= q { k += 1 }
                    guard k < lines.count else { break }
                    let line = lines[k]
                    let r = line.trimmed
                    // An event before the trimmed part (indentation, a line break): the next one.
                    guard q >= r.start else { ev += 1; continue }
                    k += 1
                    let first = ev
                    while ev < ep.count && ep[ev] < r.end { ev += 1 }
                    switch line.kind {
                    case .blank, .decoration, .header, .noise, .signature, .title: continue
                    default: break
                    }
                    guard r.end - r.start >= 3 else { continue }
                    // Markdown table rows and lines with tabs (aligned columns).
                    while m < marks.count && marks[m] < line.range.start { m += 1 }
                    if m < marks.count && marks[m] < line.range.end { continue }
                    checkLine(context, src, clean, r, events, from: first)
                }
            }
        }
    }

    /// The next `|` or tab at or after `from`, sixteen bytes at a time
    /// (`WindowScan`; the lane test is exact).
    static func nextTableMark(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let bar = SIMD16<UInt8>(repeating: 0x7C), tab = SIMD16<UInt8>(repeating: 0x09)
        return WindowScan.first(p, from: from, to: p.count, candidates: { x, _, _ in (x .== bar) .| (x .== tab) },
                                exact: { p[$0] == 0x7C || p[$0] == 0x09 })
    }

    /// The next position at or after `from` that `nextTableMark` or
    /// `nextEvent(to: p.count)` stops at (no byte is both), in one scan.
    static func nextMarkOrEvent(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let bar = SIMD16<UInt8>(repeating: 0x7C), tab = SIMD16<UInt8>(repeating: 0x09)
        let blank = SIMD16<UInt8>(repeating: 0x20), comma = SIMD16<UInt8>(repeating: 0x2C)
        let semicolon = SIMD16<UInt8>(repeating: 0x3B), top3 = SIMD16<UInt8>(repeating: 0xE0)
        let open = SIMD16<UInt8>(repeating: 0x28)
        let to = p.count
        return WindowScan.first(p, from: from, to: to, candidates: { x, y, _ in
            (x .== bar) .| (x .== tab)
                .| ((x .== blank) .& ((y & top3) .== blank)) .| (((x .== comma) .| (x .== semicolon)) .& (y .!= blank)) .| ((x .== open) .& (y .== blank))
        }, exact: { p[$0] == 0x7C || p[$0] == 0x09 || isEvent(p, $0, to) })
    }

    /// The next position in `from..<to` where `checkLine` may have something
    /// to say: a blank followed by a blank or a punctuation mark, or a comma
    /// or semicolon not followed by a blank (one followed by a blank is in
    /// place: `checkLine` only looks at a comma for a missing space after it).
    /// Everywhere else its loop only steps on.
    ///
    /// Sixteen bytes at a time (`WindowScan`) with a cheap superset: the
    /// blank and every mark lie in 0x20–0x3F, so a blank before a byte of
    /// that range (one masked compare) is a possible event; `isEvent` settles it.
    static func nextEvent(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        let blank = SIMD16<UInt8>(repeating: 0x20), comma = SIMD16<UInt8>(repeating: 0x2C)
        let semicolon = SIMD16<UInt8>(repeating: 0x3B), top3 = SIMD16<UInt8>(repeating: 0xE0)
        let open = SIMD16<UInt8>(repeating: 0x28)
        return WindowScan.first(p, from: from, to: to, candidates: { x, y, _ in
            ((x .== blank) .& ((y & top3) .== blank)) .| (((x .== comma) .| (x .== semicolon)) .& (y .!= blank)) .| ((x .== open) .& (y .== blank))
        }, exact: { isEvent(p, $0, to) })
    }

    /// `nextEvent` byte by byte: the reference its fast path is tested against.
    static func nextEventReference(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        var i = from
        while i < to {
            if isEvent(p, i, to) { return i }
            i += 1
        }
        return nil
    }

    /// Whether `nextEvent` stops at `i` (exactly).
    @inline(__always) static func isEvent(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int) -> Bool {
        let c = p[i]
        // A `,` or `;` matters only when no blank follows it (a missing space).
        if c == 0x2C || c == 0x3B { return i + 1 < to && p[i + 1] != 0x20 }
        if c == 0x28 { return i + 1 < to && p[i + 1] == 0x20 }
        return c == 0x20 && i + 1 < to && (p[i + 1] == 0x20 || isPunct(p[i + 1]))
    }

    @inline(__always) static func isPunct(_ c: UInt8) -> Bool {
        c == 0x2C || c == 0x2E || c == 0x3B || c == 0x3A || c == 0x29 || c == 0x3F || c == 0x21
    }

    /// - Parameters:
    ///   - events: the text's events (see `check`), increasing.
    ///   - from: the first of them at or after the line's start.
    func checkLine(_ context: RuleContext, _ src: [UInt8], _ clean: [UInt8], _ r: TextRange, _ events: [Int], from: Int) {
        var i = r.start
        var ev = from
        while i < r.end {
            // Skip what the loop below would only step over: single blanks
            // before a letter, letters, digits and other marks. The next
            // event of the line is `nextEvent(from: i, to: r.end)`: the first
            // event of the text at or after `i` that is one for the line's limit.
            var next = -1
            src.withUnsafeBufferPointer { p in
                while ev < events.count && events[ev] < r.end {
                    let q = events[ev]
                    if q >= i && Self.isEvent(p, q, r.end) { next = q; return }
                    ev += 1
                }
            }
            guard next >= 0 else { return }
            i = next
            let c = src[i]
            if c == 0x20 {
                var e = i
                while e < r.end && src[e] == 0x20 { e += 1 }
                guard e < r.end, i > r.start else { i = e; continue }
                let next = src[e], prev = src[i - 1]
                if Self.isPunct(next) && prev != 0x20 {
                    // Space before punctuation: the mark must end a word (space, end of line, or quote after it),
                    // not start a number, an ellipsis, `./.` or a symbol, and the preceding char is a letter or digit.
                    let after: UInt8 = e + 1 < r.end ? src[e + 1] : 0x20
                    // `(băng rôn ).`: a closing parenthesis may be followed by a mark.
                    let closesThenMark = next == 0x29 && (after == 0x2E || after == 0x2C || after == 0x3B || after == 0x3A)
                    let endsWord = after == 0x20 || after == 0x0A || after == 0x0D || after == 0x22 || (e + 1 >= r.end) || closesThenMark
                    let prevWord = Bytes.isLetter(at: Bytes.previousScalarStart(src, i), in: src) || Bytes.isDigit(prev) || prev == 0x29 || prev == 0x22
                    let prevIsMarker = prev == 0x2D || prev == 0x2A || prev == 0x2B
                    let swapped = !endsWord && (next == 0x2C || next == 0x3B) && Bytes.isLetter(at: e + 1, in: src) && e + 1 < r.end
                    if swapped && prevWord && !prevIsMarker {
                        // `cơ quan ,đơn vị`: the space is on the wrong side of the mark.
                        let range = TextRange(i, e + 1)
                        let mark = String(UnicodeScalar(next))
                        context.report(range, LocalizedText(vi: "Khoảng trắng đặt trước dấu `\(mark)` thay vì sau", en: "Space before `\(mark)` instead of after it"),
                                       fixes: [context.fix(range, mark + " ", LocalizedText(vi: "Viết `\(mark) `", en: "Write `\(mark) `"))])
                    } else if endsWord && prevWord && !prevIsMarker && !(next == 0x2E && after == 0x2E) && !(next == 0x3A && Self.isTimeOrLabel(src, i)) {
                        let range = TextRange(i, e)
                        let mark = String(UnicodeScalar(next))
                        context.report(range, LocalizedText(vi: "Khoảng trắng trước dấu `\(mark)`", en: "Space before `\(mark)`"),
                                       fixes: [context.fix(range, "", LocalizedText(vi: "Xóa khoảng trắng", en: "Remove the space"))])
                    }
                } else if e - i >= 2 && prev != 0x20 && clean[i - 1] != 0x20 && clean[e] != 0x20 {
                    // Doubled space between two words (not markup blanked in `clean`).
                    let prevLetter = Bytes.isLetter(at: Bytes.previousScalarStart(src, i), in: src) || prev == 0x2C
                    let nextLetter = Bytes.isLetter(at: e, in: src)
                    if prevLetter && nextLetter && e - i <= 3 {
                        let range = TextRange(i, e)
                        context.report(range, LocalizedText(vi: "Hai khoảng trắng liền nhau", en: "Doubled space"),
                                       fixes: [context.fix(range, " ", LocalizedText(vi: "Chỉ để một khoảng trắng", en: "Keep one space"))],
                                       severity: .info)
                    }
                }
                i = e
                continue
            }
            if c == 0x28 {
                // `( cờ hoa)`: the text follows an opening parenthesis directly.
                var e = i + 1
                while e < r.end && src[e] == 0x20 { e += 1 }
                // A word of two letters or more: `( 3)`, `( b)` are mostly OCR
                // remnants (in Lưu lines, page marks).
                let second = e < r.end ? e + Bytes.decodeScalar(src, e).1 : r.end
                if e < r.end, e - i <= 3, Bytes.isLetter(at: e, in: src), second < r.end, Bytes.isLetter(at: second, in: src) {
                    let range = TextRange(i + 1, e)
                    context.report(range, LocalizedText(vi: "Khoảng trắng sau dấu `(`", en: "Space after `(`"),
                                   fixes: [context.fix(range, "", LocalizedText(vi: "Xóa khoảng trắng", en: "Remove the space"))])
                }
                i = e
                continue
            }
            if (c == 0x2C || c == 0x3B) && i > r.start && i + 1 < r.end {
                // Missing space after , or ; between two letters (not digits: `1,5`).
                let next = src[i + 1]
                let prevLetter = Bytes.isLetter(at: Bytes.previousScalarStart(src, i), in: src)
                // `KH,CN` (a list of abbreviations) is left alone.
                let caps = Bytes.isASCIIUpper(src[i - 1]) && Bytes.isASCIIUpper(next)
                if prevLetter && Bytes.isLetter(at: i + 1, in: src) && next != 0x20 && !caps && !Self.inURL(src, i, r) {
                    let range = TextRange(i + 1, i + 1)
                    let mark = String(UnicodeScalar(c))
                    context.report(TextRange(i, i + 1), LocalizedText(vi: "Thiếu khoảng trắng sau dấu `\(mark)`", en: "Missing space after `\(mark)`"),
                                   fixes: [context.fix(range, " ", LocalizedText(vi: "Thêm khoảng trắng", en: "Insert a space"))])
                }
            }
            i += 1
        }
    }

    /// `Số :` style labels are header matters; `10 :30` is a time. Both skipped.
    static func isTimeOrLabel(_ src: [UInt8], _ i: Int) -> Bool {
        i > 0 && Bytes.isDigit(src[i - 1])
    }

    /// Whether position `i` is inside a token that looks like a URL or e-mail.
    static func inURL(_ src: [UInt8], _ i: Int, _ r: TextRange) -> Bool {
        var s = i
        while s > r.start && src[s - 1] != 0x20 { s -= 1 }
        var e = i
        while e < r.end && src[e] != 0x20 { e += 1 }
        var k = s
        while k + 2 < e {
            if src[k] == 0x3A && src[k + 1] == 0x2F && src[k + 2] == 0x2F { return true }
            if src[k] == 0x40 || (src[k] == 0x77 && src[k + 1] == 0x77 && src[k + 2] == 0x77) { return true }
            k += 1
        }
        return false
    }
}
