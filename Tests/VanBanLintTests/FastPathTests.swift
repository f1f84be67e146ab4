import Testing
@testable import VanBan
@testable import VanBanLint

/// The byte fast paths of the analysis layer agree with the reference
/// String implementations they replace.
@Suite struct FastPathTests {
    static let issuers = [
        "của Bộ trưởng Bộ Nội vụ", "  CỦA   UỶ BAN NHÂN DÂN\ttỉnh Hoà Bình ", "Thủ tướng Chính phủ", "Chính phủ",
        "chính phủ", "Chính phủ nước Cộng hòa", "Bộ Văn hoá, Thể thao và Du lịch", "Uỷ ban Thường vụ Quốc hội",
        "của HĐND\ntỉnh", "İstanbul Bộ Y tế", "Bộ Nội vụ\r\nvà Bộ Tài chính", "Bộ Tài chi\u{301}nh", "Ủy ban\u{200D} Dân tộc",
        "ÀÁẢÃẠ ĐƯỜNG ỐỔỖỘ Ứ Ỷ", "", " ", "ngân hàng nhà nước Việt Nam", "bộ lao động - thương binh và xã hội",
        "Cộng hoà xã hội chủ nghĩa", "oà oá oả oạ oã uỷ uý", "ǅ ǈ ȁ ẞ Ω K Å",
    ]

    @Test(arguments: issuers)
    func issuerFoldMatchesReference(_ s: String) {
        let f = Issuers.folded(s)
        #expect(f.string == Issuers.foldString(s))
        #expect(Array(f.string.utf8) == Array(Issuers.foldString(s).utf8))
        let slow = Issuers.Folded(string: Issuers.foldString(s), bytes: nil)
        for e in Issuers.all { #expect(Issuers.namesFolded(f, e) == Issuers.namesFolded(slow, e), "\(e.code)") }
        #expect(Issuers.named(by: s).map(\.code) == Issuers.all.filter { Issuers.namesFolded(slow, $0) }.map(\.code))
        for t in Self.issuers {
            let g = Issuers.folded(t), gs = Issuers.Folded(string: Issuers.foldString(t), bytes: nil)
            #expect(Issuers.contains(f, g) == Issuers.contains(slow, gs))
        }
    }
}

/// Catalog keys and word filters on bytes against their reference forms.
@Suite struct FastPathKeyTests {
    /// The original `DocumentCatalog.key` and look-up guard, on Strings.
    static func referenceKey(_ number: String, year: Int?) -> (String, Bool) {
        var out = ""
        for u in number.uppercased().unicodeScalars where u != " " && u != "\n" && u != "\r" && u != "\t" {
            if u == "Đ" { out.append("D") } else { out.unicodeScalars.append(u) }
        }
        let k = DocumentCatalog.hasYear(out) ? out : (year.map { out + "@" + String($0) } ?? out)
        return (k, DocumentCatalog.hasYear(k) || k.contains("@"))
    }

    static let numbers = ["30/2020/NĐ-CP", "30/2020/nđ-cp", "12/QĐ-UBND", "12 / 2020 / TT-BTC", "1//2020/QH14", "a/b/", "a/2020/",
                          "64/2025/QH15", "5/20201/X", "07-NQ/TW", "12@x", "", "/", "Số 3/2019/ND\r\n-CP", "ß/2020/X", "ǅ/2020/X",
                          "12/ĐT", "đ", "Đ/2020/a", "12/٢٠٢٠/X", "ĉ/2020/X", "12/QĐ\u{00A0}X", "12/QĐ-\u{C4}"]

    @Test func catalogKeys() {
        for n in Self.numbers {
            for y in [nil, 2020] as [Int?] {
                let (k, usable) = DocumentCatalog.lookupKey(n, year: y)
                let (rk, ru) = Self.referenceKey(n, year: y)
                #expect(k == rk && Array(k.utf8) == Array(rk.utf8), "\(n)")
                #expect(usable == ru, "\(n)")
            }
        }
    }

    /// The flags `Words.split` sets on a word are those of its scalars.
    @Test func wordFlags() {
        let texts = ["Bộ Tài chính, Ủy ban nhân dân tỉnh; bộ TTTT và sở TC.", "ddaay là vieejc; Zoom www.chinhphu.vn QĐ-UBND",
                     "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc", "a", "", "x1y2 ĐĐ đ e\u{0301} Ω ŁÓDŹ ß",
                     "ASCII words only, and CAPS, MiXeD case."]
        for text in texts {
            let doc = Parser.parse(text)
            for w in Words.split(doc) {
                #expect(w.isASCII == doc.clean[w.range.start..<w.range.end].allSatisfy { $0 < 0x80 }, "\(text)")
                let scalars = WordScalars.of(doc.clean, w.range)
                #expect(w.letterCount == scalars.filter { $0.properties.isAlphabetic }.count, "\(text)")
                #expect(w.isAllCaps == !scalars.contains { $0.properties.isLowercase }, "\(text)")
                #expect(w.isCapitalized == scalars[0].properties.isUppercase, "\(text)")
            }
        }
    }

    /// A word's classes are the union of its scalars' (`WordClass.of`),
    /// with the first scalar's `upper` also as `firstUpper`; the tone bits
    /// are those of `Syllable.decomposeAnyCase`.
    @Test func wordClasses() {
        let texts = ["Cộng hòa xã hội, hoà giải, thủy lợi, THUỶ, Khỏe, KHOẺ, quý, toán; ddaay ĐĐ e\u{0301} Ω ŁÓDŹ ß x1y2",
                     "Ủy ban, Uỷ ban, òa, ÒA, ỳ, uỲ, hoà, hÒa, oa, OE, uy"]
        for text in texts {
            let doc = Parser.parse(text)
            for w in Words.split(doc) {
                var union: UInt16 = 0
                var i = w.range.start
                while i < w.range.end {
                    let (s, len) = Bytes.decodeScalar(doc.clean, i)
                    union |= WordClass.of(s, length: len)
                    i += len
                }
                let first = WordScalars.of(doc.clean, w.range)[0]
                #expect(w.classes == union | (ScalarClass.isUppercase(first) ? WordClass.firstUpper : 0), "\(text)")
            }
        }
        for v in 0x80..<ScalarClass.limit {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let f = WordClass.of(s, length: 2)
            let d = Syllable.decomposeAnyCase(UInt32(v))
            let toned = d.map { $0.1 != 0 } ?? false
            #expect((f & WordClass.tonedOU != 0) == (toned && (d!.0 == 0x6F || d!.0 == 0x75)), "U+\(String(v, radix: 16))")
            #expect((f & WordClass.tonedAEY != 0) == (toned && (d!.0 == 0x61 || d!.0 == 0x65 || d!.0 == 0x79)), "U+\(String(v, radix: 16))")
            #expect(f & WordClass.wide != 0 && UInt8(f & 0xF) == ScalarClass.table[v])
        }
    }

    /// VB003's filter on a word's classes passes every word its byte
    /// tests pass: the candidates are those of the byte tests alone.
    @Test func toneClassFilter() {
        var texts = ["Cộng hòa xã hội, hoà giải, thủy lợi, THUỶ, Khỏe, KHOẺ, quý, toán, Ủy ban, Uỷ ban, òa, ÒA, ỳ, uỲ, hÒa, oa, OE, uy, ọe, oẹ, ủy, uỵ"]
        for name in Fixtures.list(Fixtures.root + "/documents") where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            texts += [Fixtures.text("documents/" + name)].compactMap { $0 }
        }
        if let shared = Fixtures.shared {
            let dir = shared + "/corpus/real"
            for name in Fixtures.list(dir).prefix(40) { texts += [Fixtures.read(dir + "/" + name).map { String(decoding: $0, as: UTF8.self) }].compactMap { $0 } }
        }
        for text in texts {
            let doc = Parser.parse(text)
            let words = Words.split(doc)
            let all = MixedTonePlacement.candidates(words, doc.clean)
            // The same words with every pair bit set: the class test passes them all.
            var open = words
            for k in open.indices { open[k].classes |= WordClass.plainOU | WordClass.tonedOU | WordClass.tonedAEY | WordClass.plainAEY }
            #expect(MixedTonePlacement.candidates(open, doc.clean) == all)
            if text == texts[0] { #expect(all.count > 10) }
        }
    }

    /// The start-up table of `ScalarClass` (built with fewer property
    /// look-ups) holds `classify`'s flags for every scalar below its limit.
    @Test func scalarClassTable() {
        var mismatches: [String] = []
        for v in 0..<ScalarClass.limit {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            if ScalarClass.table[v] != ScalarClass.classify(s) { mismatches.append("U+" + String(v, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
        #expect(ScalarClass.table.count == ScalarClass.limit)
        // The facts `classifyBelowLimit` relies on, checked one by one.
        for v in 0..<ScalarClass.limit {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let p = s.properties
            #expect(!(p.isUppercase && p.isLowercase), "U+\(String(v, radix: 16))")
            if ScalarClass.isInCaselessBlock(UInt32(v)) { #expect(!p.isUppercase && !p.isLowercase, "U+\(String(v, radix: 16))") }
        }
    }

    /// `Words.indexed` (one pass) gives what `split` then `keysAndHashes` give,
    /// and `Words.key` the keys of `keysAndHashes`.
    @Test func indexedMatchesSplitAndKeys() {
        var texts: [String] = ["Bộ Tài chính, Ủy ban nhân dân tỉnh; bộ TTTT và sở TC.", "ddaay là vieejc; Zoom www.chinhphu.vn QĐ-UBND",
                     "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc", "a", "", "x1y2 ĐĐ đ e\u{0301} Ω ŁÓDŹ ß",
                     "ASCII words only, and CAPS, MiXeD case.", "“Điều 5” – khoản 2… 𝐀𝐁c ǅa ĳ Ⅻ ﬁ 한국 日本",
                     "\u{0301}a", "ú", "Ư", "ab\u{2028}cd", String(repeating: "nghiêng ", count: 40) + "ĐỜI"]
        // Pseudo-random mixes of ASCII and Vietnamese scalars.
        let pieces: [String] = ["a", "Z", " ", "1", ".", "ư", "Ờ", "đ", "\u{0300}", "—", "ẞ", "\n", "ệ", "Q", "-", "ỹ", "𝐀"]
        var seed: UInt64 = 12345
        for _ in 0..<200 {
            var t = ""
            for _ in 0..<40 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                t += pieces[Int(seed >> 33) % pieces.count]
            }
            texts.append(t)
        }
        for text in texts {
            let doc = Parser.parse(text)
            let words = Words.split(doc)
            let (keys, hashes) = Words.keysAndHashes(words, doc.clean)
            let fused = Words.indexed(doc.clean)
            #expect(fused.words.count == words.count, "\(text)")
            for (a, b) in zip(fused.words, words) {
                #expect(a.range == b.range, "\(text)")
                #expect(a.isCapitalized == b.isCapitalized && a.isAllCaps == b.isAllCaps, "\(text)")
                #expect(a.isASCII == b.isASCII && a.letterCount == b.letterCount, "\(text)")
                #expect(a.classes == b.classes, "\(text)")
            }
            #expect(fused.hashes == hashes, "\(text)")
            let viewKeys = doc.clean.withUnsafeBufferPointer { p in fused.words.map { Words.key(p, $0.range) } }
            #expect(viewKeys == keys, "\(text)")
        }
        // Invalid UTF-8 in the byte view (the fallback decoder).
        var byteTexts: [[UInt8]] = [[0x61, 0xC3], [0xE1, 0xBB], [0x61, 0xF0, 0x9D, 0x90, 0x80, 0x62], [0x80, 0x61, 0xBF, 0x41], [0xC3, 0xA0, 0xFF, 0x61]]
        // Longer pseudo-random byte views (a few hundred bytes, so that words
        // cross any block a faster scan may read them by): letters, blanks,
        // and bytes of well-formed and malformed multi-byte scalars.
        let byteChoices: [UInt8] = [0x61, 0x5A, 0x20, 0x20, 0x31, 0x2E, 0x0A, 0x80, 0xA0, 0xBB, 0xBF, 0xC3, 0xC4, 0xC6, 0xCC, 0xE1, 0xE2, 0xEF, 0xF0, 0xFF]
        let scalarChoices: [String] = ["a", "Z", " ", "nghiêng", "Đ", "ư", "ờ", "ệ", "\u{0301}", "—", "“", "\u{00A0}", "𝐀", "ẞ", "x1", "hoà", "ĐƯỢC"]
        for _ in 0..<60 {
            var bytes: [UInt8] = []
            for _ in 0..<400 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                if seed >> 62 == 0 {
                    bytes.append(byteChoices[Int(seed >> 33) % byteChoices.count])
                } else {
                    bytes += Array(scalarChoices[Int(seed >> 33) % scalarChoices.count].utf8)
                }
            }
            byteTexts.append(bytes)
        }
        for bytes in byteTexts {
            let words = Words.split(bytes)
            let (keys, hashes) = Words.keysAndHashes(words, bytes)
            let fused = Words.indexed(bytes)
            #expect(fused.words.map(\.range) == words.map(\.range) && fused.words.map(\.letterCount) == words.map(\.letterCount))
            #expect(fused.words.map(\.isASCII) == words.map(\.isASCII) && fused.words.map(\.isAllCaps) == words.map(\.isAllCaps))
            #expect(fused.words.map(\.isCapitalized) == words.map(\.isCapitalized))
            #expect(fused.words.map(\.classes) == words.map(\.classes))
            #expect(fused.hashes == hashes)
            let viewKeys = bytes.withUnsafeBufferPointer { p in fused.words.map { Words.key(p, $0.range) } }
            #expect(viewKeys == keys)
        }
    }

    @Test func wordKeysFilter() {
        let doc = Parser.parse("Bộ Tài chính, Ủy ban nhân dân tỉnh; bộ TTTT và sở TC. Trung ương, thứ Hai ngày 5/3, a b c chủ nhật CHÍNH PHỦ")
        let words = Words.split(doc)
        let (keys, hashes) = Words.keysAndHashes(words, doc.clean)
        for lex in [Lexicon(["bộ", "sở"]), Lexicon(["trung", "ương", "a"]), Lexicon(["chính", "phủ", "ngày"])] {
            let quick = lex.filter
            // The quick filter on keys is the filter on bytes.
            for (k, w) in words.enumerated() {
                let bytes = doc.clean.withUnsafeBufferPointer { quick.mayContain($0, w.range) }
                let onKey = lex.filter.firstBytes.withUnsafeBufferPointer { fb in
                    lex.filter.prefix2.withUnsafeBufferPointer { p2 in QuickFilter.passes(keys[k], lex.filter.lengths, fb, p2) }
                }
                #expect(bytes == onKey)
            }
            // Probing with the shared hashes finds what `lookup` finds.
            let brute = words.indices.filter { lex.lookup(doc.clean, words[$0].range) != nil }
            #expect(!brute.isEmpty)
            #expect(lex.candidates(words: words, clean: doc.clean, hashes: hashes) == brute)
            lex.withProbe { probe in
                for (k, w) in words.enumerated() {
                    let a = probe.lookup(hash: hashes[k], key: keys[k]), b = lex.lookup(doc.clean, w.range)
                    #expect(a?.id == b?.id && a?.form == b?.form)
                }
            }
        }
    }
}

/// Tables and keys built on scalars or bytes against their String-built references.
@Suite struct FastPathTableTests {
    /// The original construction of `SyllableTable.table`'s hashes (String-based).
    static func referenceHashes() -> Set<UInt64> {
        var out: Set<UInt64> = []
        let tones: [Syllable.Tone] = [.none, .grave, .acute, .hook, .tilde, .dot]
        // The pairs are shared; what is checked is the hashing of every tone.
        let pairs = SyllableTable.spellingPairs()
        for (n, plain) in pairs.enumerated() {
            for t in tones where Syllable.stopToneOK(plain, t) {
                let main = Syllable.applyTone(plain, t)
                out.insert(Lexicon.hash(Array(main.utf8)[...]))
                // Every spelling in the table is one the parser accepts (a sample, for time).
                if n % 5 == 0 { #expect(Syllable.isValid(Array(main.unicodeScalars)), "\(main)") }
                for pair in ["oa", "oe", "uy"] where t != .none && plain.hasSuffix(pair) {
                    var p = Array(plain.unicodeScalars)
                    let k = p.count - 2
                    if let c = Syllable.compose[UInt64(p[k].value) << 8 | UInt64(t.rawValue)] { p[k] = c }
                    out.insert(Lexicon.hash(Array(String(String.UnicodeScalarView(p)).utf8)[...]))
                }
            }
        }
        return out
    }

    @Test func syllableTableMatchesReference() {
        let table = SyllableTable.table
        #expect(Set(table.filter { $0 != 0 }) == Self.referenceHashes())
    }

    @Test(arguments: FastPathTests.issuers + ["Luật Tổ chức\nChính phủ", "  Đất   đai  ", "Hiến pháp", "LUẬT\r\nX"])
    func lowerBytesMatchesLowercased(_ s: String) {
        if let b = Issuers.lowerBytes(s) { #expect(b == Array(s.lowercased().utf8)) }
    }
}

/// The sixteen-byte scans (`WindowScan`) of the input rules find what their
/// byte-by-byte references find, from every start, on texts made of the
/// pieces those rules look for (and some invalid UTF-8).
@Suite struct WindowScanTests {
    static let pieces: [[UInt8]] = [
        "a", "Z", " ", "  ", "|", "<!--", "<!-", "-->", ",", ";", ".", ":", "?", ")", "1", "\n", "\r\n", "\t", "\u{07}", "\u{7F}", "\u{1F}",
        "à", "á", "â", "Ã", "ô", "Ý", "ẫ", "Đ", "Ä", "ä", "µ", "×", "÷", "ß", "ÿ", "©", "\u{A0}", "\u{AD}", "\u{85}", "\u{9F}",
        "\u{200B}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2060}", "\u{2061}", "\u{FEFF}",
        "\u{FEFE}", "“", "”", "–", "…", "Céng hoµ", "Coäng hoøa", "e\u{0301}", "\u{0340}", "\u{036F}",
    ].map { Array($0.utf8) } + [[0xC3], [0xC2], [0xC3, 0x41], [0xC3, 0x20], [0xC3, 0x24], [0xC3, 0x61], [0xE2, 0x80], [0xE2, 0x81], [0xEF, 0xBB], [0xC3, 0xC3]]

    /// Deterministic texts: `count` of them, each of up to 60 pieces.
    static func texts(_ count: Int) -> [[UInt8]] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in
            var t: [UInt8] = []
            // Mostly plain letters, so that whole windows hold nothing.
            for _ in 0..<next(60) { t += next(3) == 0 ? pieces[next(pieces.count)] : [UInt8(0x61 + next(26))] }
            return t
        }
    }

    /// `WindowScan.first` (two windows a step, then one, then bytes) finds
    /// what a byte-by-byte scan finds, for every start and end.
    @Test func windowScanMatchesReference() {
        let bar = SIMD16<UInt8>(repeating: 0x7C), comma = SIMD16<UInt8>(repeating: 0x2C)
        for t in Self.texts(60) + [Array(repeating: UInt8(0x61), count: 100) + [0x7C], [UInt8](repeating: 0x2C, count: 70),
                  Array(repeating: UInt8(0x61), count: 300) + [0x2C, 0x7C] + Array(repeating: UInt8(0x61), count: 140) + [0x7C]] {
            t.withUnsafeBufferPointer { p in
                for from in 0...p.count {
                    for to in Set([from, min(p.count, from + 17), min(p.count, from + 33), min(p.count, from + 50), p.count]) {
                        let fast = WindowScan.first(p, from: from, to: to, candidates: { x, y, _ in (x .== bar) .| ((x .== comma) .& (y .== bar)) },
                                                    exact: { p[$0] == 0x7C || (p[$0] == 0x2C && $0 + 1 < p.count && p[$0 + 1] == 0x7C) })
                        let slow = WindowScan.firstReference(p, from: from, to: to,
                                                             exact: { p[$0] == 0x7C || (p[$0] == 0x2C && $0 + 1 < p.count && p[$0 + 1] == 0x7C) })
                        #expect(fast == slow, "\(t) \(from) \(to)")
                        let wide = WindowScan.firstWide(p, from: from, to: to, candidates: { x, y, _ in (x .== bar) .| ((x .== comma) .& (y .== bar)) },
                                                        exact: { p[$0] == 0x7C || (p[$0] == 0x2C && $0 + 1 < p.count && p[$0 + 1] == 0x7C) })
                        #expect(wide == slow, "\(t) \(from) \(to)")
                    }
                }
            }
        }
    }

    /// `LegacyEncoding.nextForeignLatin1`'s exact lane test after C3 (and
    /// its C2 lanes): every byte after either lead, at every lane of a window.
    @Test func foreignLatin1AfterEveryByte() {
        for lead: UInt8 in [0xC2, 0xC3] {
            for y in 0...255 {
                for at in [0, 7, 14, 15, 16, 40, 127, 128, 200] {
                    let t = [UInt8](repeating: 0x61, count: at) + [lead, UInt8(y)] + [UInt8](repeating: 0x61, count: 300 - at)
                    t.withUnsafeBufferPointer { p in
                        #expect(LegacyEncoding.nextForeignLatin1(p, from: 0) == LegacyEncoding.nextForeignLatin1Reference(p, from: 0), "\(lead) \(y) \(at)")
                    }
                }
            }
        }
    }

    @Test func scansMatchByteByByte() {
        // Long ones too, for the eight-window steps of `firstWide`.
        let short = Self.texts(80)
        let long = (0..<20).map { k in Array(short[(4 * k)..<(4 * k + 4)].joined()) }
        for t in Self.texts(400) + long {
            t.withUnsafeBufferPointer { p in
                for from in 0...p.count {
                    #expect(InvisibleCharacters.nextInvisible(p, from: from) == InvisibleCharacters.nextInvisibleReference(p, from: from), "\(t)")
                    #expect(LegacyEncoding.nextForeignLatin1(p, from: from) == LegacyEncoding.nextForeignLatin1Reference(p, from: from), "\(t)")
                    #expect(Suppressions.nextCommentOpen(t, from: from) == Bytes.find(Array("<!--".utf8), in: t, from: from), "\(t)")
                    #expect(Spacing.nextTableMark(p, from: from) == p[from...].firstIndex { $0 == 0x7C || $0 == 0x09 }, "\(t)")
                    let markOrEvent = [Spacing.nextTableMark(p, from: from), Spacing.nextEventReference(p, from: from, to: p.count)].compactMap { $0 }.min()
                    #expect(Spacing.nextMarkOrEvent(p, from: from) == markOrEvent, "\(t)")
                    #expect(NonNFCText.nextCCorCD(p, from: from) == p[from...].firstIndex { $0 == 0xCC || $0 == 0xCD }, "\(t)")
                    for to in [from, (from + p.count) / 2, max(from, p.count - 1), p.count] {
                        #expect(Spacing.nextEvent(p, from: from, to: to) == Spacing.nextEventReference(p, from: from, to: to), "\(t)")
                    }
                }
            }
        }
    }
}

/// Rule-level fast paths against their references.
@Suite struct FastPathRuleTests {
    static let zoneTexts = [
        "BỘ NỘI VỤ\nSố: 12/BNV-VP\n\nKính gửi: Ủy ban nhân dân tỉnh\n\nNội dung Nghị định.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n",
        "NƠI NHẬN\n| a | b |\nNgày 5\nN\nNơ\nNơi nhậ", "Phụ lục\nNơi nhận: A\n\nPHỤ LỤC I\nNỘI DUNG\nN|N", "", "N", "Nơi nhận",
        "QUYẾT ĐỊNH\nĐiều 1. Nội dung.\n\nNƠI NHẬN:\n- Bộ Nội vụ;\n\nPHỤ LỤC\nNgày NGÀY Nơi nhận\n",
    ]

    /// `ConventionalZones` visits only an `N` that may start the label.
    @Test(arguments: zoneTexts)
    func conventionalZonesMatchReference(_ text: String) {
        let doc = Parser.parse(text)
        #expect(ConventionalZones(doc).skip == ConventionalZones.reference(doc))
    }

    /// `TieuNguFormat.lettersDiffer`, when it answers, answers as the
    /// strings `check` makes would.
    @Test func mottoLettersOnBytes() {
        let texts = ["Độc lập - Tự do - Hạnh phúc", "Độc lập - Tự do - Hanh phúc", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "Độc lập — Tự do — Hạnh phúc",
                     "Độc Lập-Tự Do-Hạnh Phúc", "Độc lập - Ty do - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc xx", "Độc lập - Tự do", "",
                     "Đô\u{0323}\u{0302}c lập - Tự do - Hạnh phúc", "Độc lập ~ Tự do – Hanh phức", "Độc lập - Tự do - Hạnh phúcİ", "Ðộc lập - Tự do - Hạnh phúc"]
        for t in texts {
            let b = Array(t.utf8)
            let letters = String(t.lowercased().unicodeScalars.filter { ScalarClass.isAlphabetic($0) }.map(Character.init))
            if let differ = TieuNguFormat.lettersDiffer(b, TextRange(0, b.count)) {
                #expect(differ == (letters != "độclậptựdohạnhphúc"), "\(t)")
            }
        }
        #expect(TieuNguFormat.lettersDiffer(Array("Độc lập - Tự do - Hanh phúc".utf8), TextRange(0, 35)) == true)
    }

    /// `mayNeedDFix` rejects no key of `dFixes`, in any form equal to it.
    @Test func dFixGuard() {
        for key in CitationNumberFormat.dFixes.keys {
            #expect(CitationNumberFormat.mayNeedDFix(key))
            let kelvin = String(String.UnicodeScalarView(key.unicodeScalars.map { $0 == "K" ? "\u{212A}" : $0 }))
            #expect(kelvin == key || !key.unicodeScalars.contains("K"))
            #expect(CitationNumberFormat.mayNeedDFix(kelvin))
        }
        for part in ["NĐ", "QĐ", "CP", "UBND", "BKH\u{110}T", "TTg", "", "d"] where !CitationNumberFormat.mayNeedDFix(part) {
            #expect(CitationNumberFormat.dFixes[part] == nil)
        }
    }
}

/// `Syllable.isValid`'s byte prefix test against `String.hasPrefix`.
@Suite struct SyllablePrefixTests {
    @Test func simplePrefixMatchesHasPrefix() {
        var plains: [String] = ["nghieng", "ngh", "ng", "đuong", "đ", "", "qua", "gi", "gia", "ương", "trường", "n\u{0303}a", "nh\u{0301}",
                                "d\u{0335}", "Đa", "ñg", "ǹg", "n\u{200D}g", "\u{00AD}ng", "khoa", "th\r\nx"]
        let pieces: [String] = ["n", "g", "h", "đ", "t", "r", "ư", "ơ", "a", "q", "u", "i", "k", "\u{0301}", "p", "c", "ê"]
        var seed: UInt64 = 99
        for _ in 0..<300 {
            var t = ""
            for _ in 0..<4 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                t += pieces[Int(seed >> 33) % pieces.count]
            }
            plains.append(t)
        }
        for plain in plains where Syllable.isSimple(plain) {
            for (k, ini) in Syllable.initials.enumerated() {
                #expect(Syllable.hasBytePrefix(Array(plain.utf8), Syllable.initialBytes[k]) == plain.hasPrefix(ini), "\(plain) \(ini)")
            }
        }
        #expect(!Syllable.isSimple("nh\u{0301}") && !Syllable.isSimple("th\r\nx") && Syllable.isSimple("trương") && !Syllable.isSimple("trường"))
    }
}
