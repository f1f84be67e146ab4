import VanBan

/// VB004 typing-leftover: a word that is not Vietnamese but is Telex
/// keystrokes typed with the input method off (`ddaay` → `đây`), or a
/// Vietnamese-looking word that breaks the spelling rules (`đươc`).
public struct TypingLeftover: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB004", name: "typing-leftover", severity: .warning, appliesToNonDocuments: true,
        source: "Chính tả tiếng Việt; NĐ 30/2020 Điều 3 (văn bản phải chính xác về thể thức, ngôn ngữ)",
        summary: LocalizedText(vi: "Từ gõ sót kiểu Telex hoặc âm tiết tiếng Việt sai chính tả",
                               en: "Telex keystroke leftover or misspelt Vietnamese syllable"),
        explanation: LocalizedText(
            vi: "Khi bộ gõ tắt hoặc gõ vội, phím Telex còn nguyên trong văn bản (`ddaay` thay cho `đây`, `vieejc` thay cho `việc`). Quy tắc chỉ báo khi chắc chắn: từ không phải âm tiết tiếng Việt, có tổ hợp phím Telex (`aa`, `aw`, `ee`, `oo`, `ow`, `uw`, `dd`, `w`), có ít nhất hai dấu hiệu gõ Telex (thêm phím dấu thanh hoặc `dd`), giải mã ra đúng một âm tiết hợp lệ, và đứng cạnh chữ tiếng Việt có dấu; bỏ qua chữ viết hoa toàn bộ (viết tắt), từ nước ngoài, mã số, số và địa chỉ web. Quy tắc cũng báo (mức thông tin) từ viết thường có dấu tiếng Việt nhưng sai cấu trúc âm tiết, như `đươc` (vần `ươc` phải có dấu sắc hoặc nặng). Sửa (không an toàn): thay bằng âm tiết giải mã được.",
            en: "With the input method off, or in haste, Telex keystrokes stay in the text (`ddaay` for `đây`, `vieejc` for `việc`). The rule reports only when certain: the word is not a Vietnamese syllable, contains a Telex modifier (`aa`, `aw`, `ee`, `oo`, `ow`, `uw`, `dd`, `w`), shows at least two Telex signals (also a tone key or `dd`), decodes to exactly one valid syllable, and stands next to Vietnamese words with diacritics; all-caps words (abbreviations), foreign words, codes, numbers and web addresses are skipped. It also reports (info) lower-case words with Vietnamese diacritics that break syllable structure, such as `đươc` (the rhyme `ươc` needs a sắc or nặng tone). Fix (unsafe): replace with the decoded syllable."),
        fixSafety: .unsafe,
        triggering: [RuleExample("Việc này ddaay là việc cần làm.", violations: 1, fixed: "Việc này đây là việc cần làm."),
                     RuleExample("Cơ quan có trách nhiệm thực hiện vieejc báo cáo.", violations: 1, fixed: "Cơ quan có trách nhiệm thực hiện việc báo cáo.")],
        nonTriggering: [RuleExample("Họp qua Zoom, xem trang web www.chinhphu.vn, nồi xoong, mã QĐ-UBND, TCVN 6909:2001, been seen."),
                        RuleExample("Cộng hòa xã hội chủ nghĩa Việt Nam, được, khoẻ, quyết, giữa.")])

    public func check(_ context: RuleContext) {
        let b = context.clean
        let words = context.analysis.words
        let table = SyllableTable.table
        let hashes = context.analysis.wordHashes
        // The cheap tests below, on raw buffers, leave the few words worth a closer look.
        // (The test reads the word and the two bytes on each side of it,
        // which lie before the next word but one: reach 1.)
        let candidates = context.analysis.wordList(Self.metadata.code, reach: 1) { Self.candidates(words, b, hashes, table, in: $0) }
        var misspelt = WordMemo<Bool>(capacity: min(candidates.count, 1024))
        for k in candidates {
            let w = words[k]
            let len = w.range.end - w.range.start
            guard len >= 2 && len <= 16, !(w.isAllCaps && w.letterCount > 1) else { continue }
            // Skip words glued to digits, dots, slashes, @ or hyphens (codes, URLs, e-mails).
            if w.range.start > 0 {
                let p = b[w.range.start - 1]
                if Bytes.isDigit(p) || p == 0x2E || p == 0x2F || p == 0x40 || p == 0x2D || p == 0x5F || p == 0x3A { continue }
            }
            if w.range.end < b.count {
                let p = b[w.range.end]
                if Bytes.isDigit(p) || p == 0x2E && w.range.end + 1 < b.count && Bytes.isASCIILetter(b[w.range.end + 1]) || p == 0x2F || p == 0x40 || p == 0x2D || p == 0x5F { continue }
            }
            if w.isASCII {
                // Telex leftovers: only lower case (or capitalised) ASCII words with a modifier.
                guard b.withUnsafeBufferPointer({ Self.hasTelexModifier($0, w.range.start, w.range.end) }) else { continue }
                // Lower case only (capitalised ones are mostly foreign names), at least four letters.
                guard w.letterCount >= 4, !w.isCapitalized else { continue }
                var j = w.range.start + 1
                var bad = false
                while j < w.range.end { if Bytes.isASCIIUpper(b[j]) { bad = true; break }; j += 1 }
                if bad { continue }
                let lower = b[w.range.start..<w.range.end].map { $0 | 0x20 }
                let scal = lower.map { Unicode.Scalar($0) }
                if Syllable.isValid(scal) { continue }
                guard let decoded = Telex.decode(lower, strict: true), let f = decoded.unicodeScalars.first,
                      !"aăâeêioôơuưy".unicodeScalars.contains(f), Syllable.decompose[f.value] == nil else { continue }
                // Vietnamese context: a neighbour on the line has diacritics.
                guard Self.hasVietnameseNeighbour(words, k, b) else { continue }
                let orig = WordScalars.of(b, w.range)
                let fixed = WordScalars.matchCase(Array(decoded.unicodeScalars), like: orig)
                let text = TextScan.string(b, w.range)
                context.report(w.range, LocalizedText(vi: "`\(text)` có vẻ là phím gõ Telex sót; có lẽ là `\(fixed)`",
                                                      en: "`\(text)` looks like leftover Telex keystrokes; probably `\(fixed)`"),
                               fixes: [context.fix(w.range, fixed, LocalizedText(vi: "Thay bằng `\(fixed)`", en: "Replace with `\(fixed)`"), safety: .unsafe)])
            } else {
                // A word with Vietnamese marks that is not a syllable. Fast path: the table of valid syllables.
                guard w.letterCount >= 2 && w.letterCount <= 7, !w.isCapitalized else { continue }
                if SyllableTable.contains(b, w.range, table: table) { continue }
                // The same misspelling recurs: judge each spelling once.
                guard misspelt.value(hash: hashes[k], range: w.range, in: b, { Self.isMisspeltSyllable(b, w.range) }),
                      Self.hasVietnameseNeighbour(words, k, b) else { continue }
                // The message is written only when read (findings are many; most runs only count them).
                let r = w.range
                context.report(r, LocalizedText(deferred: { lang in
                    let text = TextScan.string(b, r)
                    return lang == .vi ? "`\(text)` không phải âm tiết tiếng Việt hợp lệ (lỗi chính tả hoặc lỗi gõ)"
                                       : "`\(text)` is not a valid Vietnamese syllable (misspelling or typing error)"
                }), severity: .info)
            }
        }
    }

    /// Indices of the words that pass the cheap tests of `check` (length,
    /// neighbouring bytes, a Telex modifier in an ASCII word, not a syllable
    /// of the table for a marked word): `check` applies them again, and the rest.
    /// A word of `SyllableTable` (most words of a Vietnamese text) is
    /// neither kind: a marked one is skipped by that probe anyway, and an
    /// ASCII one is a valid syllable (the table holds only those), which
    /// `check` skips; so the probe of the word's known hash comes first,
    /// then the tests on the word's flags, the modifier scan and the neighbours.
    ///
    /// A chunk of words at a time, in three steps: the first reads each
    /// word's hash and the table's slot for it and keeps, without a branch
    /// per word, the words not found in that slot (a word of the table is
    /// almost always at its first slot; which words are not is
    /// unpredictable); the second keeps those that pass the flag and length
    /// tests, without a branch either; the third applies the full probe and
    /// the other tests to those few, in order.
    static func candidates(_ words: [Word], _ b: [UInt8], _ hashes: [UInt64], _ table: [UInt64], in range: Range<Int>? = nil) -> [Int] {
        var out: [Int] = []
        let chunk = 256
        let missed = UnsafeMutablePointer<Int>.allocate(capacity: chunk)
        defer { missed.deallocate() }
        words.withUnsafeBufferPointer { wb in
        b.withUnsafeBufferPointer { p in
        hashes.withUnsafeBufferPointer { hb in
        table.withUnsafeBufferPointer { t in
            let n = p.count
            let mask = t.count &- 1
            let range = range ?? 0..<wb.count
            var from = range.lowerBound
            while from < range.upperBound {
                let stop = min(range.upperBound, from &+ chunk)
                var count = 0
                // (`count <= k - from < chunk`: every write lies in `missed`.)
                for k in from..<stop {
                    // (1 when the slot holds another hash, in arithmetic: a
                    // comparison of a loaded value is compiled to a branch.)
                    let d = t[WordHash.slot(hb[k], mask)] ^ hb[k]
                    missed[count] = k
                    count &+= Int(truncatingIfNeeded: (d | (0 &- d)) >> 63)
                }
                from = stop
                // Both kinds below need a word that is not capitalised nor in
                // capitals (two letters or more: `isAllCaps` then excludes
                // it), of at most 16 bytes: the words missed are kept again
                // (in place: `kept <= q`) by these tests, in arithmetic (many
                // are names, capitalised: unpredictable).
                @inline(__always) func has(_ classes: UInt16, _ flag: UInt16) -> Int {
                    Int(truncatingIfNeeded: (classes & flag) >> UInt16(flag.trailingZeroBitCount))
                }
                var kept = 0
                for q in 0..<count {
                    let k = missed[q]
                    let w = wb[k]
                    let lower = has(w.classes, WordClass.lower)                    // not `isAllCaps`
                    let notCapitalized = 1 &- has(w.classes, WordClass.firstUpper)  // not `isCapitalized`
                    let twoLetters = 1 &- Int(bitPattern: UInt(bitPattern: w.letterCount &- 2) >> 63)
                    let short = 1 &- Int(bitPattern: UInt(bitPattern: 16 &- (w.range.end &- w.range.start)) >> 63)
                    missed[kept] = k
                    kept &+= lower & notCapitalized & twoLetters & short
                }
                for q in 0..<kept {
                    let k = missed[q]
                    if SyllableTable.contains(hash: hb[k], t) { continue }
                    let w = wb[k]
                    let s = w.range.start, e = w.range.end
                    if w.isASCII {
                        guard w.letterCount >= 4, Self.hasTelexModifier(p, s, e) else { continue }
                    } else {
                        guard w.letterCount <= 7 else { continue }
                    }
                    if s > 0 {
                        let c = p[s - 1]
                        if Bytes.isDigit(c) || c == 0x2E || c == 0x2F || c == 0x40 || c == 0x2D || c == 0x5F || c == 0x3A { continue }
                    }
                    if e < n {
                        let c = p[e]
                        if Bytes.isDigit(c) || c == 0x2E && e + 1 < n && Bytes.isASCIILetter(p[e + 1]) || c == 0x2F || c == 0x40 || c == 0x2D || c == 0x5F { continue }
                    }
                    out.append(k)
                }
            }
        }
        }
        }
        }
        return out
    }

    /// Whether the ASCII word `s..<e` holds a Telex modifier key: a `w`, or
    /// a doubled `a`, `e`, `o` or `d` (any case).
    @inline(__always)
    static func hasTelexModifier(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var i = s
        while i < e {
            let c = p[i] | 0x20
            if c == 0x77 { return true }  // w
            if i + 1 < e {
                let d = p[i + 1] | 0x20
                if c == d && (c == 0x61 || c == 0x65 || c == 0x6F || c == 0x64) { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether the marked word at `r` (not in `SyllableTable`) is a lower-case
    /// word of Vietnamese letters that breaks the spelling rules.
    static func isMisspeltSyllable(_ b: [UInt8], _ r: TextRange) -> Bool {
        let s = WordScalars.of(b, r)
        // Lower case only: capitalised words are often names from minority languages (`Đắk Lắk`, `Krông`).
        if s.contains(where: { ScalarClass.isUppercase($0) }) { return false }
        let low = Syllable.lowercased(s)
        guard low.allSatisfy({ Syllable.decompose[$0.value] != nil || ($0.value >= 0x61 && $0.value <= 0x7A) || $0.value == 0x111 }) else { return false }
        guard low.contains(where: { $0.value >= 0x80 }) else { return false }
        return !Syllable.isValid(low)
    }

    /// Whether the previous or next word on the same line contains a non-ASCII letter.
    static func hasVietnameseNeighbour(_ words: [Word], _ k: Int, _ b: [UInt8]) -> Bool {
        for j in [k - 1, k + 1] where j >= 0 && j < words.count {
            let r = words[j].range
            let (a, z) = j < k ? (r.end, words[k].range.start) : (words[k].range.end, r.start)
            var sameLine = true
            var i = a
            while i < z { if b[i] == 0x0A || b[i] == 0x0D { sameLine = false; break }; i += 1 }
            if sameLine && !words[j].isASCII { return true }
        }
        return false
    }
}
