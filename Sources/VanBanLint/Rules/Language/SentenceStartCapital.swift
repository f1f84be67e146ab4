import VanBan

/// VB506 caps-sentence-start: a sentence inside a line starts with a lower-case letter.
public struct SentenceStartCapital: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB506", name: "caps-sentence-start", severity: .info, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục II, mục I",
        summary: LocalizedText(vi: "Đầu câu không viết hoa", en: "Sentence does not start with a capital"),
        explanation: LocalizedText(
            vi: "Âm tiết đầu câu viết hoa: sau dấu chấm, dấu chấm hỏi, dấu chấm than (NĐ 30/2020 Phụ lục II, mục I). Văn bản chép từ PDF thường có xuống dòng giữa câu, nên quy tắc chỉ xét câu bắt đầu sau `. `, `? `, `! ` trong cùng một dòng, và bỏ qua chữ viết tắt có dấu chấm (`TP. Hồ Chí Minh`, `v.v.`, `TS.`), số (`1.5`), dấu kết thúc `./.` và dấu ba chấm. Trong văn bản quét (OCR) dấu chấm thừa giữa câu cũng gây ra phát hiện này, nên quy tắc chỉ ở mức thông tin. Sửa (không an toàn): viết hoa chữ cái đầu.",
            en: "The first syllable of a sentence is capitalised: after a full stop, question mark or exclamation mark (Decree 30/2020 Appendix II, I). Text extracted from PDF often breaks lines mid-sentence, so the rule only looks at sentences that start after `. `, `? `, `! ` on the same line, and skips abbreviations with a dot (`TP. Hồ Chí Minh`, `v.v.`, `TS.`), numbers (`1.5`), the end mark `./.` and ellipses. In scanned (OCR) text a stray full stop mid-sentence causes the same finding, so the rule is info only. Fix (unsafe): capitalise the first letter."),
        fixSafety: .unsafe,
        triggering: [RuleExample("Các cơ quan thực hiện. các đơn vị báo cáo.", violations: 1, fixed: "Các cơ quan thực hiện. Các đơn vị báo cáo.")],
        nonTriggering: [RuleExample("Tại TP. Hồ Chí Minh, v.v. và các nơi khác; tỷ lệ 1.5 lần; xem Điều 5. Phạm vi… tiếp theo. Thực hiện./.")])

    /// Words before a dot that make it an abbreviation, lower case.
    static let abbreviations: Set<String> = [
        "tp", "tx", "tt", "q", "p", "x", "h", "ts", "ths", "pgs", "gs", "bs", "ks", "cn", "th", "v", "vv", "tr", "đ", "đc", "st", "ông", "bà",
        "kt", "tl", "tm", "no", "fax", "tel", "dt", "đt", "vd", "nxb", "ng", "ttg", "kts", "ls", "ncs", "sđt", "mr", "mrs", "dr", "etc",
        // Company forms: `Samsung Electronics Co., Ltd. thì …`.
        "co", "ltd", "inc", "corp", "pte", "jsc", "llc", "plc",
    ]

    /// The most UTF-8 bytes of an entry of `abbreviations` (4: `corp`,
    /// `ông`, `sđt`). A word of more letters is none of them, so its lower
    /// case is not made: its letters are scalars, lower-casing removes no
    /// scalar, and every spelling of an entry (`ô` composed or not) has no
    /// more scalars than the entry has bytes.
    static let abbreviationBytes = abbreviations.map(\.utf8.count).max() ?? 0

    /// Indices `k ≥ 1` of the words right after whose previous word comes
    /// a `.`, `?` or `!` (necessary, see `check`: the mark ends the previous
    /// word), in one pass over the words' ends without bounds checks.
    ///
    /// Four words a step: the bytes after their previous words are looked
    /// up in `endMark` and the answers or-ed, one test for the four (most
    /// words are followed by a blank); a step with a mark writes its four
    /// indices in order, the count advanced by each one's answer (0 or 1:
    /// which of the four has the mark is unpredictable, a branch per word
    /// missed). The byte after word `k - 1` lies in the text: words are in
    /// text order and not empty, so it is at most word `k`'s start.
    static func candidates(_ words: [Word], _ b: [UInt8], in range: Range<Int>? = nil) -> [Int] {
        let range = range ?? 0..<words.count
        let first = max(1, range.lowerBound), end = max(1, range.upperBound)
        // At most one index per word of `first..<end`: written in place.
        return [Int](unsafeUninitializedCapacity: max(0, end - first)) { out, count in
            words.withUnsafeBufferPointer { wb in
                b.withUnsafeBufferPointer { p in
                    endMark.withUnsafeBufferPointer { t in
                        guard let o = out.baseAddress else { return }
                        @inline(__always) func mark(_ k: Int) -> UInt8 { t[Int(p[wb[k &- 1].range.end])] }
                        var k = first, c = 0
                        // (`c <= k - first` before each write: every write lies in `out`.)
                        while k &+ 4 <= end {
                            let m0 = mark(k), m1 = mark(k &+ 1), m2 = mark(k &+ 2), m3 = mark(k &+ 3)
                            if m0 | m1 | m2 | m3 != 0 {
                                o[c] = k; c &+= Int(m0)
                                o[c] = k &+ 1; c &+= Int(m1)
                                o[c] = k &+ 2; c &+= Int(m2)
                                o[c] = k &+ 3; c &+= Int(m3)
                            }
                            k &+= 4
                        }
                        while k < end {
                            o[c] = k; c &+= Int(mark(k))
                            k &+= 1
                        }
                        count = c
                    }
                }
            }
        }
    }

    /// Per byte: 1 for `.`, `?` and `!`, else 0.
    static let endMark: [UInt8] = (0..<256).map { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 ? 1 : 0 }

    public func check(_ context: RuleContext) {
        let b = context.clean
        let words = context.analysis.words
        var cursor = LineCursor(context.document)
        // (The test reads the word before and the byte after it: reach 1.)
        for k in context.analysis.wordList(Self.metadata.code, reach: 1, { Self.candidates(words, b, in: $0) }) {
            let w = words[k]
            guard !w.isCapitalized, let (pos, c) = TextScan.previousNonBlank(b, before: w.range.start) else { continue }
            guard c == 0x2E || c == 0x3F || c == 0x21, pos + 1 < w.range.start else { continue }
            // Lower-case ASCII or Vietnamese letter start (not a digit).
            guard let line = cursor.line(at: w.range.start), !line.kind.isConventionalBlock else { continue }
            // The dot ends a word of ≥ 2 letters, not glued to other dots, not all caps, not an abbreviation.
            let prev = words[k - 1]
            guard prev.range.end == pos, prev.letterCount >= 2, !prev.isAllCaps else { continue }
            if prev.range.start > 0 {
                let pb = b[prev.range.start - 1]
                if pb == 0x2E || pb == 0x2F || pb == 0x40 || Bytes.isDigit(pb) { continue }
            }
            if pos > 0 && b[pos - 1] == 0x2E { continue }
            if pos + 1 < b.count && (b[pos + 1] == 0x2E || b[pos + 1] == 0x2F) { continue }
            if c == 0x2E && prev.letterCount <= Self.abbreviationBytes {
                let pw = TextScan.string(b, prev.range).lowercased()
                if Self.abbreviations.contains(pw) { continue }
            }
            // Only blanks between the mark and the word, and the word is followed by something word-like.
            guard TextScan.onlyBlanksBetween(b, pos + 1, w.range.start) else { continue }
            let s = WordScalars.of(b, TextRange(w.range.start, min(w.range.end, w.range.start + 4)))
            guard let f = s.first, ScalarClass.isLowercase(f) else { continue }
            // `v.v.` after a word: skip.
            if w.letterCount == 1 && w.range.end < b.count && b[w.range.end] == 0x2E { continue }
            let up = String(f).uppercased()
            let flen = String(f).utf8.count
            let r = TextRange(w.range.start, w.range.start + flen)
            let word = TextScan.string(b, w.range)
            // (The message is written when read: this rule has many findings.)
            context.report(w.range, LocalizedText(deferred: { lang in
                lang == .vi ? "Đầu câu phải viết hoa: `\(word)` (hoặc dấu câu đứng trước là thừa)"
                            : "Capitalise the start of the sentence: `\(word)` (or the mark before it is stray)" }),
                           fixes: [context.fix(r, up, LocalizedText(vi: "Viết hoa chữ đầu", en: "Capitalise"), safety: .unsafe)])
        }
    }
}
