import VanBan

/// VB003 mixed-tone-placement: `hòa` and `hoà`, `Ủy` and `Uỷ` in one text.
public struct MixedTonePlacement: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB003", name: "mixed-tone-placement", severity: .info, appliesToNonDocuments: true,
        source: "Quy tắc đặt dấu thanh (kiểu cũ `hòa`, kiểu mới `hoà`); NĐ 30/2020 không quy định, chỉ cần thống nhất",
        summary: LocalizedText(vi: "Văn bản đặt dấu thanh không thống nhất (`hòa`/`hoà`, `ủy`/`uỷ`)",
                               en: "Inconsistent tone-mark placement (`hòa`/`hoà`, `ủy`/`uỷ`)"),
        explanation: LocalizedText(
            vi: "Với vần `oa`, `oe`, `uy` không có phụ âm cuối, dấu thanh có thể đặt ở nguyên âm đầu (kiểu cũ: `hòa`, `khỏe`, `thủy`) hoặc nguyên âm sau (kiểu mới: `hoà`, `khoẻ`, `thuỷ`). Cả hai đều được chấp nhận và chính NĐ 30/2020 cũng dùng lẫn, nhưng trong một văn bản nên thống nhất một kiểu: hai kiểu là hai chuỗi ký tự khác nhau, nên tìm kiếm `hòa` không thấy `hoà`. Quy tắc báo các từ theo kiểu ít dùng hơn trong văn bản và đề xuất kiểu dùng nhiều hơn (hai kiểu ngang nhau thì đề xuất kiểu cũ); Quốc hiệu (`CỘNG HÒA` hay `CỘNG HOÀ`, đều đúng) không được tính. Sửa an toàn: chỉ dời vị trí dấu.",
            en: "In the rhymes `oa`, `oe`, `uy` without a final consonant the tone mark goes either on the first vowel (old style: `hòa`, `khỏe`, `thủy`) or on the second (new style: `hoà`, `khoẻ`, `thuỷ`). Both are accepted, and Decree 30/2020 itself mixes them, but one text should use one style: the two are different strings, so searching for `hòa` misses `hoà`. The rule reports the words in the less used style and suggests the majority style (the old style on a tie); the Quốc hiệu (`CỘNG HÒA` or `CỘNG HOÀ`, both right) is not counted. Safe fix: only the mark moves."),
        fixSafety: .safe,
        triggering: [RuleExample("Cộng hòa xã hội, hòa bình, hoà giải.", violations: 1, fixed: "Cộng hòa xã hội, hòa bình, hòa giải."),
                     RuleExample("Ủy ban, ủy quyền, Uỷ ban nhân dân", violations: 1, fixed: "Ủy ban, ủy quyền, Ủy ban nhân dân")],
        nonTriggering: [RuleExample("Cộng hòa, hòa giải, thủy lợi, quý, hoàn thành, khỏe."),
                        RuleExample("Cộng hoà, hoà giải, thuỷ lợi, quý."),
                        RuleExample("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTổ hòa giải ở cơ sở; hòa bình.")])

    /// A word in one of the two styles; `vowel` is the index (in scalars)
    /// of the first vowel of the `oa`/`oe`/`uy` pair.
    struct Hit { var range: TextRange; var newStyle: Bool; var vowel: Int }

    /// Indices of the words that may be an `oa`/`oe`/`uy` syllable with a
    /// tone, the cheap tests of the rule on the word: one of the two vowel
    /// pairs among its scalars' classes (`Word.classes`), length 3–10
    /// bytes, 2–6 letters, and either a plain a/e/y (either case) after an
    /// o/u with a tone (old style: `hòa`, `khỏe`, `thủy`), or a toned a/e/y
    /// after a plain o/u (new style: `hoà`, `thuỷ`). `style(of:)` then
    /// judges each spelling once.
    static func candidates(_ words: [Word], _ b: [UInt8], in range: Range<Int>? = nil) -> [Int] {
        var out: [Int] = []
        // The indices of a chunk's words whose classes hold a pair (see
        // below), written without a branch per word.
        let chunk = 256
        let passed = UnsafeMutablePointer<Int>.allocate(capacity: chunk)
        defer { passed.deallocate() }
        words.withUnsafeBufferPointer { wb in
        b.withUnsafeBufferPointer { p in
            // Both shapes need a toned o/u and a plain a/e/y, or a plain
            // o/u and a toned a/e/y, in the word (`WordClass`: a toned bit
            // aligns with its partner's when shifted by 2): most words, and
            // every ASCII word, have neither pair. `(c << 2) & c` lines the
            // bits up: `tonedOU` lands on `plainAEY` (0x100), `plainOU` on
            // `tonedAEY` (0x80); `pairBit` is 1 when either is set.
            @inline(__always) func pairBit(_ c: UInt16) -> Int {
                let g = (c << 2) & c
                return Int(truncatingIfNeeded: (g >> 7 | g >> 8) & 1)
            }
            let range = range ?? 0..<wb.count
            var k = range.lowerBound
            let end = range.upperBound
            // A chunk at a time: every index is written and the count
            // advanced by the word's bit (no branch per word: which words
            // pass is unpredictable), then the few that passed are tested
            // one by one, in order, by a function of their own (the loop
            // then keeps its few values in registers).
            while k < end {
                let stop = min(end, k &+ chunk)
                var c = 0
                // (`c <= j - k < chunk`: every write lies in `passed`.)
                for j in k..<stop {
                    passed[c] = j
                    c &+= pairBit(wb[j].classes)
                }
                for q in 0..<c { consider(passed[q], wb, p, &out) }
                k = stop
            }
        }
        }
        return out
    }

    /// The tests of `candidates` after the classes' one, on word `k` whose
    /// classes hold a vowel pair: appends `k` to `out` when it passes.
    @inline(never)
    static func consider(_ k: Int, _ wb: UnsafeBufferPointer<Word>, _ p: UnsafeBufferPointer<UInt8>, _ out: inout [Int]) {
        // (Wrapping arithmetic: a range's end is at or after its start, in the view.)
        let s = wb[k].range.start, e = wb[k].range.end
        guard UInt(bitPattern: e &- s &- 3) <= 7 else { return }   // 3–10 bytes
        let last = p[e &- 1]
        if last < 0x80 {
            // Old style: a toned o before a/e, a toned u before y.
            let l = last | 0x20
            guard l == 0x61 || l == 0x65 || l == 0x79, p[e &- 2] >= 0x80 else { return }
            // The scalar before the last byte (`Bytes.previousScalarStart`; `s ≥ 0`, so `lead ≥ 0`).
            var lead = e &- 2
            while lead > 0 && p[lead] & 0xC0 == 0x80 { lead &-= 1 }
            guard let (base, tone) = Syllable.decomposeAnyCase(Bytes.decodeScalar(p, lead).0.value),
                  tone != 0, base == (l == 0x79 ? 0x75 : 0x6F) else { return }
        } else {
            // New style: a plain o before a toned a/e, a plain u before a toned y.
            var lead = e &- 1
            while lead > 0 && p[lead] & 0xC0 == 0x80 { lead &-= 1 }
            guard lead > s else { return }
            let q = p[lead &- 1] | 0x20
            guard q == 0x6F || q == 0x75 else { return }
            guard let (base, tone) = Syllable.decomposeAnyCase(Bytes.decodeScalar(p, lead).0.value), tone != 0 else { return }
            guard q == 0x75 ? base == 0x79 : (base == 0x61 || base == 0x65) else { return }
        }
        let lc = wb[k].letterCount
        guard lc <= 6 && lc >= 2 else { return }
        out.append(k)
    }

    public func check(_ context: RuleContext) {
        let b = context.clean
        var hits: [Hit] = []
        let table = SyllableTable.table
        let words = context.analysis.words
        let hashes = context.analysis.wordHashes
        // (The test reads only the word: reach 0.)
        let candidates = context.analysis.wordList(Self.metadata.code, reach: 0) { Self.candidates(words, b, in: $0) }
        // The same words recur through a document: judge each spelling once.
        var memo = WordMemo<(newStyle: Bool, vowel: Int)?>(capacity: min(candidates.count, 1024))
        // (Room for every candidate at once: growing the array copies it.)
        hits.reserveCapacity(candidates.count)
        for k in candidates {
            let w = words[k]
            let verdict = memo.value(hash: hashes[k], range: w.range, in: b) { Self.style(of: w, b, table) }
            if let (newStyle, vowel) = verdict { hits.append(Hit(range: w.range, newStyle: newStyle, vowel: vowel)) }
        }
        // The Quốc hiệu is a fixed formula accepted in both styles (`CỘNG
        // HÒA`, `CỘNG HOÀ`, rules.md R-09): it neither counts nor is judged.
        if let q = context.document.header.quocHieu?.range {
            hits.removeAll { $0.range.start >= q.start && $0.range.end <= q.end }
        }
        let newCount = hits.filter { $0.newStyle }.count
        let oldCount = hits.count - newCount
        guard newCount > 0 && oldCount > 0 else { return }
        let preferNew = newCount > oldCount
        for h in hits where h.newStyle != preferNew {
            let scalars = WordScalars.of(b, h.range)
            var low = Syllable.lowercased(scalars)
            let (plain, tone) = Syllable.strip(low)!
            let pl = Array(plain.unicodeScalars)
            low = pl
            let target = preferNew ? h.vowel + 1 : h.vowel
            low[target] = Syllable.compose[UInt64(pl[target].value) << 8 | UInt64(tone.rawValue)]!
            let fixed = WordScalars.matchCase(low, like: scalars)
            let orig = TextScan.string(b, h.range)
            let major = preferNew ? newCount : oldCount, minor = preferNew ? oldCount : newCount
            // (The message is written when read: a text in the minority style has many findings.)
            let message = major == minor
                ? LocalizedText(deferred: { lang in
                    lang == .vi
                        ? "Đặt dấu thanh không thống nhất: văn bản dùng hai kiểu ngang nhau (\(major) từ mỗi kiểu); chọn một kiểu, ví dụ kiểu cũ: `\(orig)` → `\(fixed)`"
                        : "Inconsistent tone-mark placement: the text uses both styles equally (\(major) words each); pick one, e.g. the old style: `\(orig)` → `\(fixed)`" })
                : LocalizedText(deferred: { lang in
                    lang == .vi
                        ? "Đặt dấu thanh không thống nhất: `\(orig)` đặt dấu kiểu \(preferNew ? "cũ" : "mới"), trong khi văn bản chủ yếu đặt kiểu \(preferNew ? "mới (`hoà`, `thuỷ`)" : "cũ (`hòa`, `thủy`)") (\(major) từ so với \(minor)); viết `\(fixed)`"
                        : "Inconsistent tone-mark placement: `\(orig)` is in the \(preferNew ? "old" : "new") style, while the text mostly uses the \(preferNew ? "new style (`hoà`, `thuỷ`)" : "old style (`hòa`, `thủy`)") (\(major) words against \(minor)); write `\(fixed)`" })
            context.report(h.range, message,
                fixes: [context.fix(h.range, fixed, LocalizedText(deferred: { lang in lang == .vi ? "Viết `\(fixed)`" : "Write `\(fixed)`" }))])
        }
    }

    /// The style of a word that passed the cheap filter of `check`: nil
    /// unless it is a valid syllable with a toned `oa`/`oe`/`uy` rhyme and
    /// no final consonant; else whether the tone is on the second vowel
    /// (new style) and the index of the first vowel of the pair.
    static func style(of w: Word, _ b: [UInt8], _ table: [UInt64]) -> (newStyle: Bool, vowel: Int)? {
        let low = Syllable.lowercased(WordScalars.of(b, w.range))
        let n = low.count
        guard n >= 2 else { return nil }
        // On the scalars, without making strings: as `Syllable.strip` (each
        // scalar a vowel of `Syllable.decompose`, a-z or `đ`; at most one
        // tone, and one there), a toneless `oa`/`oe`/`uy` at the end, and
        // before it consonants only (no vowel: not `gi-`), not ending in
        // `q` (`qu-`: the u belongs to the initial). (`low` is lower case,
        // where `decomposeAnyCase` is `decompose`.)
        var tone = 0
        var first: UInt32 = 0, second: UInt32 = 0, firstTone = 0
        for i in 0..<n {
            let v = low[i].value
            if let (base, t) = Syllable.decomposeAnyCase(v) {
                if t != 0 {
                    if tone != 0 { return nil }
                    tone = t
                }
                if i < n - 2 { return nil }
                if i == n - 2 { first = base; firstTone = t } else { second = base }
            } else if (v >= 0x61 && v <= 0x7A) || v == 0x111 {
                if i >= n - 2 { return nil }
            } else {
                return nil
            }
        }
        guard tone != 0 else { return nil }
        guard (first == 0x6F && (second == 0x61 || second == 0x65)) || (first == 0x75 && second == 0x79) else { return nil }
        if n > 2 && low[n - 3] == "q" { return nil }
        // Lower-case words: one table look-up; others: the full check.
        if w.isCapitalized || w.isAllCaps {
            // The table holds exactly the valid syllables (`isValid` answers
            // from it too): one look-up decides.
            guard SyllableTable.contains(scalars: low) else { return nil }
        } else {
            guard SyllableTable.contains(b, w.range, table: table) else { return nil }
        }
        // Which of the two vowels carries the tone?
        return (firstTone == 0, n - 2)
    }
}
