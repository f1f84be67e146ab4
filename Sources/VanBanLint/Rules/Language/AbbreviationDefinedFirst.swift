import VanBan

/// VB505 abbreviation-defined-first-use: `CNTT` used before
/// `công nghệ thông tin (CNTT)`, or never spelled out.
public struct AbbreviationDefinedFirst: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB505", name: "abbreviation-defined-first-use", severity: .info, appliesToNonDocuments: true,
        source: "TT 01/2011/TT-BNV Điều 11.1; NĐ 34/2016/NĐ-CP Điều 69.4 (NĐ 78/2025/NĐ-CP Điều 60.4) cho văn bản QPPL; thực hành tốt theo NĐ 30/2020",
        summary: LocalizedText(vi: "Chữ viết tắt dùng trước khi được giải thích", en: "Abbreviation used before it is spelled out"),
        explanation: LocalizedText(
            vi: "Chữ viết tắt chỉ được dùng sau khi cụm từ đầy đủ đã xuất hiện một lần, kèm chữ viết tắt trong ngoặc đơn: `công nghệ thông tin (CNTT)`, sau đó mới viết `CNTT`. Quy định rõ trong TT 01/2011 (Điều 11.1) và với văn bản quy phạm pháp luật (NĐ 34/2016 Điều 69.4; NĐ 78/2025 Điều 60.4); NĐ 30/2020 không có câu tương ứng nên với văn bản hành chính từ 2020 đây là thực hành tốt. Vì việc nhận ra chữ viết tắt và lời giải thích (trong ngoặc, `sau đây gọi tắt là …`) còn có thể sai, quy tắc chỉ ở mức thông tin với mọi loại văn bản. Bỏ qua phần đầu văn bản, chữ ký, Nơi nhận (viết tắt theo quy ước), bảng, số ký hiệu văn bản, số La Mã và các chữ viết tắt thông dụng (UBND, HĐND, ASEAN…). Lời giải thích nhiều từ viết hoa trong ngoặc (`Chỉ số cải cách hành chính (PAR INDEX)`) cũng là lời giải thích. Lời giải thích dạng `(sau đây gọi tắt là CĐS)`, `(sau đây gọi là CĐS)`, `(viết tắt là CĐS)` cũng được chấp nhận, kể cả ở phần căn cứ. Chỉ báo lần dùng đầu tiên của mỗi chữ viết tắt. Không có sửa tự động.",
            en: "An abbreviation may be used only after the full phrase has appeared once followed by the abbreviation in parentheses: `công nghệ thông tin (CNTT)`, then `CNTT`. This is explicit in Circular 01/2011 (Article 11.1) and for legal normative documents (Decree 34/2016 Article 69.4; Decree 78/2025 Article 60.4); Decree 30/2020 has no such sentence, so for administrative documents from 2020 it is best practice. Because recognising abbreviations and their explanations (in parentheses, `sau đây gọi tắt là …`) can still go wrong, the rule is info for every kind of document. Header, signature and Nơi nhận (conventional abbreviations), tables, document numbers, Roman numerals and universally known abbreviations (UBND, HĐND, ASEAN…) are skipped. A definition of several capital words in parentheses (`Chỉ số cải cách hành chính (PAR INDEX)`) counts too. An explanation written `(sau đây gọi tắt là CĐS)`, `(sau đây gọi là CĐS)` or `(viết tắt là CĐS)` counts too, in the preamble as well. Only the first use of each abbreviation is reported. No automatic fix."),
        triggering: [RuleExample("Ứng dụng CNTT trong cơ quan. Thực hiện ứng dụng công nghệ thông tin (CNTT) trong hoạt động.", violations: 1),
                     RuleExample("Giao Bộ TTTT chủ trì.", violations: 1)],
        nonTriggering: [RuleExample("Ban hành Kế hoạch chuyển đổi số (sau đây viết tắt là CĐS) năm 2024.\n\n1. Tổng hợp kết quả CĐS hằng quý."),
                        RuleExample("Kết quả Chỉ số cải cách hành chính (PAR INDEX) năm 2024 của tỉnh tăng 3 bậc."),
                        RuleExample("Trường Đại học Cần Thơ (sau đây gọi là CTU) và Đại học Wageningen (Wageningen University & Research, sau đây gọi là WUR) hợp tác; CTU cử giảng viên. Tệp không quá 5 MB."),
                        RuleExample("Ứng dụng công nghệ thông tin (CNTT) trong cơ quan; đẩy mạnh CNTT. UBND tỉnh, HĐND tỉnh. Chương II. Theo Quyết định số 12/QĐ-UBND. Tiêu chuẩn ISO 9001.")])

    /// A set of hashes as a bitmap of 4,096 bits: `mayContain` is false for
    /// a hash never inserted (and true for almost no other), so a String set
    /// behind it is asked only about the keys it may hold.
    struct HashBits {
        var bits = [UInt64](repeating: 0, count: 64)
        init() {}
        init(_ keys: Set<String>) { for k in keys { insert(Lexicon.fnv(k.utf8)) } }
        @inline(__always) func mayContain(_ h: UInt64) -> Bool { bits[Int(h >> 58)] & (1 << (h >> 52 & 63)) != 0 }
        @inline(__always) mutating func insert(_ h: UInt64) { bits[Int(h >> 58)] |= 1 << (h >> 52 & 63) }
    }

    /// `common` as `HashBits`.
    static let commonHashes = HashBits(common)

    /// A set of byte strings: found by their FNV-1a hash (`Lexicon.fnv`),
    /// then compared byte by byte. For the keys of `check` (ASCII and `Đ`,
    /// no combining marks) two strings are equal exactly when their bytes
    /// are, so this answers as a `Set<String>` of them, without making a
    /// string per word.
    ///
    /// The members' bytes are kept end to end in one array, and the
    /// members of one hash chained through `entries`: an insertion makes
    /// no array of its own (a document inserts a few keys, and made an
    /// array per key and one per hash).
    struct ByteSet {
        /// The last member inserted per hash.
        private var last: [UInt64: Int] = [:]
        /// Per member: its bytes (`storage[start..<end]`) and the member
        /// inserted before it with the same hash (-1: none).
        private var entries: [(start: Int, end: Int, previous: Int)] = []
        private var storage: [UInt8] = []
        init() {}
        init(_ keys: Set<String>) {
            for k in keys { let bytes = Array(k.utf8); insert(bytes, 0, bytes.count, hash: Lexicon.fnv(bytes)) }
        }

        /// Adds `b[s..<e]`, whose hash is `h`. (A member inserted again is
        /// kept twice: `contains` answers the same.)
        mutating func insert(_ b: [UInt8], _ s: Int, _ e: Int, hash h: UInt64) {
            let k = entries.count
            entries.append((storage.count, storage.count + e - s, last.updateValue(k, forKey: h) ?? -1))
            storage.append(contentsOf: b[s..<e])
        }

        /// Whether `b[s..<e]`, whose hash is `h`, is in the set.
        func contains(_ b: [UInt8], _ s: Int, _ e: Int, hash h: UInt64) -> Bool {
            guard var k = last[h] else { return false }
            while k >= 0 {
                let x = entries[k]
                if x.end - x.start == e - s && (0..<(e - s)).allSatisfy({ storage[x.start + $0] == b[s + $0] }) { return true }
                k = x.previous
            }
            return false
        }
    }

    /// `common` as a `ByteSet`.
    static let commonBytes = ByteSet(common)

    /// Abbreviations that need no definition.
    static let common: Set<String> = [
        "UBND", "HĐND", "MTTQ", "TW", "VN", "CP", "TP", "XHCN", "CHXHCN", "ASEAN", "WTO", "COVID", "GDP", "ODA", "FDI", "ISO", "TCVN",
        "QCVN", "VAT", "USD", "VND", "VNĐ", "KT", "TM", "TL", "TUQ", "Q", "CMND", "CCCD", "ĐT", "NXB", "TS", "THS", "PGS", "GS", "BS",
        "THPT", "THCS", "ĐHQG", "UNESCO", "UNICEF", "UNDP", "WHO", "IMF", "WB", "ADB", "APEC", "EU", "OECD", "ILO", "FAO", "PDF", "URL",
        "IT", "ID", "SMS", "GPS", "AIDS", "HIV", "PC", "TV", "CD", "DVD", "OK", "AM", "PM", "KV", "MW", "KW", "KWH", "CO", "TNHH", "CTCP",
        "BHXH", "BHYT", "ĐCSVN", "VNPT", "EVN", "TTXVN", "VTV", "VOV", "TPHCM", "HCM", "VĐV", "NQ", "NĐ", "QĐ", "TT", "CT", "HD", "BC",
        "KH", "TTR", "TTLT", "QH", "UBTVQH", "BTC", "BNV", "BTP", "BCA", "BQP", "BXD", "BYT", "BCT", "VPCP", "TTG", "TTCP", "HN", "SĐT",
        "STT", "TK", "NSNN", "KTXH", "KT-XH", "DN", "HTX", "CB", "CC", "VC", "CBCC", "CBCCVC", "LLVT", "CAND", "QĐND", "QĐNDVN", "TNCS",
        "ĐTN", "TCT", "HTTP", "HTTPS", "WWW", "API", "VT", "GMT", "UTC", "TP.HCM", "BCH", "CIF", "CIP", "FOB", "EXW", "FCA", "DAP", "DDP", "CFR", "FAS", "CPT", "DPU", "USB", "JSON", "XML", "JPG", "PNG", "TIFF", "FTP", "EUR", "SMS",
        // Units of data size and frequency (`dung lượng không quá 5 MB`).
        "KB", "MB", "GB", "TB", "MHZ", "GHZ", "TMCP",
    ]

    public func check(_ context: RuleContext) {
        let doc = context.document
        let b = context.clean
        let words = context.analysis.words
        // Definitions: `(CNTT)` found by the parser, and `(sau đây gọi tắt
        // là CĐS)`, `(viết tắt là CĐS)` anywhere, the preamble included.
        // Made on first need (two scans of the whole text): most documents
        // have no abbreviation left to report.
        var definitions: [String: TextRange]? = nil
        func defined(_ key: String) -> TextRange? {
            if definitions == nil {
                var d: [String: TextRange] = [:]
                for a in doc.abbreviations where d[a.abbreviation.text] == nil { d[a.abbreviation.text] = a.range }
                for (key, r) in Self.namedDefinitions(b) where d[key] == nil { d[key] = r }
                definitions = d
            }
            return definitions![key]
        }
        var skipRanges = doc.abbreviations.map(\.range) + doc.citations.map(\.range)
        if let n = doc.header.number { skipRanges.append(n.range) }
        skipRanges.sort { $0.start < $1.start }
        var skipIndex = 0
        // The keys reported (or explained in place) and rejected, as `ByteSet`s.
        var reported = ByteSet()
        var rejected = ByteSet()
        // The hashes of the keys that reached `reported` or `rejected` (a superset of theirs).
        var seen = HashBits()
        var cursor = LineCursor(doc)
        // The header (above the type name or the V/v line) uses conventional abbreviations.
        let bodyStart = doc.title?.typeName?.range.start ?? doc.title?.vv?.range.start ?? 0
        var lineHasLower: (Int, Bool) = (-1, false)
        let zones = ConventionalZones(doc, marks: context.analysis.textMarks)
        var zoneCursor = ConventionalZones.Cursor()
        for k in Self.candidates(words, from: bodyStart) {
            let w = words[k]
            // A word in capitals with a marked letter (a heading word:
            // `QUYẾT`, `CỘNG HÒA`) ends at `hasMarkedLetter` below, whatever
            // the tests before it answer (they change nothing but cursors
            // that only move forward): it is dropped here, before them.
            if w.classes & WordClass.wide != 0 && Self.hasWideByteOtherThanD(b, w.range) { continue }
            guard let line = cursor.line(at: w.range.start), !zoneCursor.skips(cursor.currentIndex, line.kind, in: zones), line.kind != .title else { continue }
            // All-caps line (a heading): not an abbreviation.
            if lineHasLower.0 != cursor.currentIndex {
                var has = false
                // (Without bounds checks: the trimmed range lies in `clean`.)
                b.withUnsafeBufferPointer { p in
                    var i = line.trimmed.start
                    while i < line.trimmed.end { if Bytes.isASCIILower(p[i]) { has = true; break }; i += 1 }
                }
                lineHasLower = (cursor.currentIndex, has)
            }
            if !lineHasLower.1 { continue }
            while skipIndex < skipRanges.count && skipRanges[skipIndex].end <= w.range.start { skipIndex += 1 }
            if skipIndex < skipRanges.count && skipRanges[skipIndex].start <= w.range.start { continue }
            // Extend over joined capitals, digits and separators: `CNTT-TT`, `QĐ-UBND`, `ISO9001`.
            var s = w.range.start, e = w.range.end
            while s > line.range.start && Self.isTokenByte(b[s - 1]) { s -= 1 }
            while e < line.range.end && Self.isTokenByte(b[e]) { e += 1 }
            while e > w.range.end && (b[e - 1] == 0x2D || b[e - 1] == 0x2E) { e -= 1 }
            // Part of a number symbol: `2566/HQHCM- TXNK`, or `…/2017/` + line break + `TT-BKHĐT`.
            if let (_, pc) = TextScan.previousNonBlank(b, before: s), pc == 0x2F || pc == 0x2D { continue }
            if s == line.trimmed.start, line.range.start >= 2 {
                var q = line.range.start - 1
                while q > 0 && (b[q] == 0x0A || b[q] == 0x0D || b[q] == 0x20) { q -= 1 }
                if b[q] == 0x2F || b[q] == 0x2D { continue }
            }
            // (The token's bytes are read without bounds checks: `s..<e` lies in its line.)
            let hasDigitOrSlash = b.withUnsafeBufferPointer { p in
                for i in s..<e where Bytes.isDigit(p[i]) || p[i] == 0x2F || p[i] == 0x2E || Bytes.isASCIILower(p[i]) { return true }
                return false
            }
            if hasDigitOrSlash { continue }
            // Roman numerals, Vietnamese words in capitals (tone marks): read
            // on the bytes, before the key is made (most capitals stop here).
            if Self.isRomanNumeral(b, s, e) || Self.hasMarkedLetter(b, s, e) { continue }
            // The key's bytes are ASCII capitals and joiners or `Đ` (tested
            // above), so a string equal to it has the same bytes: the sets
            // below are asked about the bytes, and the key's string is made
            // only for the keys not seen yet.
            // (The scalars of `AEIOUY` in the key are its bytes of `AEIOUY`,
            // and its scalars its bytes other than continuation bytes.)
            var h = WordHash.seed
            var dash = false
            var vowels = 0, scalarCount = 0
            b.withUnsafeBufferPointer { p in
                for i in s..<e {
                    let c = p[i]
                    h = WordHash.step(h, UInt64(c))
                    dash = dash || c == 0x2D
                    if c == 0x41 || c == 0x45 || c == 0x49 || c == 0x4F || c == 0x55 || c == 0x59 { vowels += 1 }
                    if c & 0xC0 != 0x80 { scalarCount += 1 }
                }
            }
            // `TT-BKHĐT`, `QĐ-UBND`: a symbol, not an abbreviation.
            // (A `-` character needs a `-` byte: most keys skip the String search.)
            if dash {
                let key = TextScan.string(b, TextRange(s, e))
                if key.contains("-"), let first = key.split(separator: "-").first, Self.typeCodes.contains(String(first)) { continue }
            }
            if seen.mayContain(h) && (reported.contains(b, s, e, hash: h) || rejected.contains(b, s, e, hash: h)) { continue }
            if Self.commonHashes.mayContain(h) && Self.commonBytes.contains(b, s, e, hash: h) { continue }
            seen.insert(h)
            let key = TextScan.string(b, TextRange(s, e))
            // A Vietnamese word in capitals written without marks (`CUC THUE`), or a foreign word:
            // acronyms have few vowels.
            if vowels > 0 && Self.mayBeUnmarkedSyllable(b, s, e) && Syllable.couldBeUnmarkedSyllable(key.lowercased()) { rejected.insert(b, s, e, hash: h); continue }
            if scalarCount >= 4 && vowels * 5 >= scalarCount * 2 { rejected.insert(b, s, e, hash: h); continue }
            // `Lưu: VT, …` lines not recognised as Nơi nhận.
            if Self.isLuuLine(b, line.trimmed) { continue }
            // Neighbouring word also in capitals (a heading fragment or a name in capitals).
            if k + 1 < words.count, words[k + 1].isAllCaps, words[k + 1].letterCount >= 2,
               TextScan.onlyBlanksBetween(b, e, words[k + 1].range.start), !Self.isAbbrevLike(b, words[k + 1]) { continue }
            if k > 0, words[k - 1].isAllCaps, words[k - 1].letterCount >= 2,
               TextScan.onlyBlanksBetween(b, words[k - 1].range.end, s), !Self.isAbbrevLike(b, words[k - 1]) { continue }
            // `gọi tắt là CNTT`, `viết tắt là CNTT`, `SOFR (Secured …)`, `FIQ: Là …`,
            // and a definition of several words (`Chỉ số cải cách hành chính (PAR INDEX)`).
            if Self.introducedInline(b, s, lineStart: line.range.start) || Self.explainedAfter(b, e, lineEnd: line.range.end)
                || Self.inCapitalsGroup(b, s, e, line.range) {
                reported.insert(b, s, e, hash: h); continue
            }
            reported.insert(b, s, e, hash: h)
            let sev: Severity? = nil
            if let d = defined(key) {
                if d.start <= s { continue }
                // (Messages are written when read: this rule has the most findings.)
                let at = context.source.line(of: d.start) + 1
                context.report(TextRange(s, e), LocalizedText(deferred: { lang in
                    lang == .vi ? "`\(key)` được dùng trước khi giải thích (giải thích ở dòng \(at))"
                                : "`\(key)` is used before it is spelled out (spelled out on line \(at))" }),
                    related: [RelatedLocation(range: d, message: LocalizedText(vi: "Nơi giải thích", en: "Spelled out here"))],
                    severity: sev)
            } else {
                context.report(TextRange(s, e), LocalizedText(deferred: { lang in
                    lang == .vi ? "Chữ viết tắt `\(key)` không được giải thích; viết cụm từ đầy đủ kèm `(\(key))` ở lần dùng đầu"
                                : "Abbreviation `\(key)` is never spelled out; write the full phrase followed by `(\(key))` at first use" }),
                    severity: sev)
            }
        }
    }

    /// Inside parentheses that hold only capital words (`(PAR INDEX)`) and
    /// follow a word in lower case: the definition itself, in more than one
    /// word (the parser reads one-word definitions).
    static func inCapitalsGroup(_ b: [UInt8], _ s: Int, _ e: Int, _ line: TextRange) -> Bool {
        func capitalOrBlank(_ c: UInt8) -> Bool { Bytes.isASCIIUpper(c) || c == 0x20 || c == 0x2D }
        var o = s
        while o > line.start && capitalOrBlank(b[o - 1]) { o -= 1 }
        var c = e
        while c < line.end && capitalOrBlank(b[c]) { c += 1 }
        guard o > line.start, b[o - 1] == UInt8(ascii: "("), c < line.end, b[c] == UInt8(ascii: ")") else { return false }
        var q = o - 1
        while q > line.start && b[q - 1] == 0x20 { q -= 1 }
        return q > line.start && q < o - 1 && Bytes.isWordCharBefore(q, in: b) && !Bytes.isASCIIUpper(b[q - 1])
    }

    /// Indices of the words in capitals of 2–10 letters from `start` on
    /// (the first test of `check`), in one pass on the raw buffer.
    ///
    /// Eight words a step: their `classes` are and-ed and the `lower` bit
    /// of the result tested once (it is set exactly when every one of the
    /// eight has a lower-case letter, i.e. none `isAllCaps`: most steps
    /// end there); a step with a word in capitals reads its words in
    /// order, as one at a time would.
    static func candidates(_ words: [Word], from start: Int) -> [Int] {
        // (Words are in text order: the first one from `start` on is found by bisection.)
        let first = words.partitioningIndex { $0.range.start >= start }
        // At most one index per word from `first` on: written in place, with
        // no capacity or uniqueness test per index (a word in capitals is
        // about one in thirty).
        return [Int](unsafeUninitializedCapacity: words.count - first) { out, count in
            words.withUnsafeBufferPointer { wb in
                guard let base = wb.baseAddress, let o = out.baseAddress else { return }
                let n = wb.count
                var k = first, c = 0
                // (`c <= k - first` throughout: `o[c]` lies in the `n - first` indices of `out`.)
                @inline(__always) func take(_ j: Int) {
                    if base[j].isAllCaps && UInt(bitPattern: base[j].letterCount &- 2) <= 8 { o[c] = j; c &+= 1 }
                }
                // (`k + 8 <= n` within the step: the eight words are in the buffer.)
                while n &- k >= 8 {
                    let all = base[k].classes & base[k &+ 1].classes & base[k &+ 2].classes & base[k &+ 3].classes
                        & base[k &+ 4].classes & base[k &+ 5].classes & base[k &+ 6].classes & base[k &+ 7].classes
                    if all & WordClass.lower == 0 {
                        for j in k..<k &+ 8 { take(j) }
                    }
                    k &+= 8
                }
                while k < n { take(k); k &+= 1 }
                count = c
            }
        }
    }

    /// False when the key `s..<e` (capitals, `Đ` and joiners, as `check`
    /// leaves it) is certainly not `Syllable.couldBeUnmarkedSyllable` in
    /// lower case, read on its bytes (a necessary condition; true means
    /// "ask it"): that needs letters only, split as an initial's
    /// consonants (at most three letters: the `u` of `qu` and the `i` of
    /// `gi` count with the vowels), one run of vowels (`AEIOUY`) and a
    /// final among `C CH M N NG NH P T` or none, as every rhyme is.
    static func mayBeUnmarkedSyllable(_ b: [UInt8], _ s: Int, _ e: Int) -> Bool {
        @inline(__always) func isVowel(_ c: UInt8) -> Bool {
            c == 0x41 || c == 0x45 || c == 0x49 || c == 0x4F || c == 0x55 || c == 0x59
        }
        var i = s, consonants = 0
        while i < e, !isVowel(b[i]) {
            if Bytes.isASCIIUpper(b[i]) { i += 1 } else if b[i] == 0xC4 && i + 1 < e && b[i + 1] == 0x90 { i += 2 } else { return false }
            consonants += 1
        }
        guard consonants <= 3, i < e else { return false }
        while i < e && isVowel(b[i]) { i += 1 }
        switch e - i {
        case 0: return true
        case 1: let c = b[i]; return c == 0x43 || c == 0x4D || c == 0x4E || c == 0x50 || c == 0x54   // C M N P T
        case 2: return (b[i] == 0x43 && b[i + 1] == 0x48) || (b[i] == 0x4E && (b[i + 1] == 0x47 || b[i + 1] == 0x48))   // CH NG NH
        default: return false
        }
    }

    /// Whether every byte of `s..<e` is a Roman numeral letter (`IVXLCDM`).
    static func isRomanNumeral(_ b: [UInt8], _ s: Int, _ e: Int) -> Bool {
        for i in s..<e {
            switch b[i] {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: continue
            default: return false
            }
        }
        return true
    }

    /// Whether `s..<e`, read as text, holds a non-ASCII scalar other than
    /// `Đ` (C4 90): any byte ≥ 0x80 outside such a pair belongs to one
    /// (a broken sequence reads as U+FFFD, which counts too).
    static func hasMarkedLetter(_ b: [UInt8], _ s: Int, _ e: Int) -> Bool {
        var i = s
        while i < e {
            if b[i] < 0x80 { i += 1; continue }
            guard b[i] == 0xC4, i + 1 < e, b[i + 1] == 0x90 else { return true }
            i += 2
        }
        return false
    }

    /// Whether `r` holds a byte of 0x80 or more other than C4 and 90 (the
    /// bytes of `Đ`): then so does any token around it, and
    /// `hasMarkedLetter` of that token is true. (Its scan steps over two
    /// bytes only at C4 90, so it reads every other byte of the token, and
    /// answers true at the first such byte it reads, if not before.)
    static func hasWideByteOtherThanD(_ b: [UInt8], _ r: TextRange) -> Bool {
        b.withUnsafeBufferPointer { p in
            // (Without bounds checks: a word's range lies in the view.)
            for i in r.start..<r.end where p[i] >= 0x80 && p[i] != 0xC4 && p[i] != 0x90 { return true }
            return false
        }
    }

    static let typeCodes: Set<String> = ["TT", "QĐ", "NĐ", "NQ", "CT", "TTLT", "QH", "UBTVQH", "CP", "VBHN", "HD", "BC", "KH", "TB", "CV", "TTr", "PL", "L"]

    static let luu = Array("Lưu".utf8)
    static func isLuuLine(_ b: [UInt8], _ r: TextRange) -> Bool {
        var s = r.start
        while s < r.end && (b[s] == 0x2D || b[s] == 0x20 || b[s] == 0x2B) { s += 1 }
        return Bytes.hasPrefix(b, at: s, luu, end: r.end)
    }

    @inline(__always) static func isTokenByte(_ c: UInt8) -> Bool {
        Bytes.isASCIILetter(c) || Bytes.isDigit(c) || c == 0x2D || c == 0x2F || c == 0x26 || c == 0x2E || c == 0xC4 || c == 0x90 || c == 0x91
    }

    /// All capitals and no tone marks: looks like an abbreviation itself.
    static func isAbbrevLike(_ b: [UInt8], _ w: Word) -> Bool {
        var i = w.range.start
        while i < w.range.end {
            let c = b[i]
            if c >= 0x80 && !(c == 0xC4 && i + 1 < w.range.end && b[i + 1] == 0x90) { return false }
            i += c >= 0x80 ? 2 : 1
        }
        return w.letterCount <= 6
    }

    static let namedIntroducers = [Array("tắt là ".utf8), calledIntroducer]

    /// `… (sau đây gọi tắt là CĐS)`, `(viết tắt là CĐS)`, `(sau đây gọi là
    /// CTU)`: the abbreviation in capitals that follows `tắt là` or `gọi
    /// là`, with its range (those after `tắt là` first, each in text order).
    static func namedDefinitions(_ b: [UInt8]) -> [(String, TextRange)] {
        var out: [(String, TextRange)] = []
        let starts = introducerStarts(b)
        for (opener, found) in zip(namedIntroducers, [starts.tat, starts.goi]) {
            for k in found {
                let from = k + opener.count
                var e = from
                while e < b.count, b[e] != 0x20, b[e] != 0x29, b[e] != 0x2C, b[e] != 0x3B, b[e] != 0x0A, b[e] != 0x0D, b[e] != 0x22, e - from < 40 { e += 1 }
                let key = String(decoding: b[from..<e], as: UTF8.self)
                let letters = key.unicodeScalars.filter { $0.properties.isAlphabetic }
                guard letters.count >= 2, letters.count <= 10, letters.allSatisfy({ $0.properties.isUppercase }) else { continue }
                out.append((key, TextRange(from, e)))
            }
        }
        return out
    }

    /// Where `tắt là ` and `gọi là ` (`namedIntroducers`) start in `b`, each
    /// in order: what `Bytes.find` finds again and again from the end of
    /// each match (neither opener can overlap itself), in one scan for both
    /// instead of two. The scan (`WindowScan`) looks for their fourth
    /// bytes, AF (of `ắ`) and 8D (of `ọ`): about one byte in 450, and each
    /// is a candidate for one opener only, compared from three bytes before it.
    static func introducerStarts(_ b: [UInt8]) -> (tat: [Int], goi: [Int]) {
        let tat = namedIntroducers[0], goi = namedIntroducers[1]
        var tats: [Int] = [], gois: [Int] = []
        b.withUnsafeBufferPointer { p in
            let xAF = SIMD16<UInt8>(repeating: 0xAF), x8D = SIMD16<UInt8>(repeating: 0x8D)
            // Whether `opener` starts at `j` (the whole of it in `b`).
            @inline(__always) func at(_ j: Int, _ opener: [UInt8]) -> Bool {
                guard j >= 0, j + opener.count <= p.count else { return false }
                for k in opener.indices where p[j + k] != opener[k] { return false }
                return true
            }
            WindowScan.forEach(p, from: 0, to: p.count, candidates: { x, _, _ in (x .== xAF) .| (x .== x8D) },
                               exact: { p[$0] == 0xAF || p[$0] == 0x8D }) { q in
                // (`tắt là ` has AF at index 3, `gọi là ` 8D at index 3.)
                if p[q] == 0xAF { if at(q - 3, tat) { tats.append(q - 3) } } else if at(q - 3, goi) { gois.append(q - 3) }
            }
        }
        return (tats, gois)
    }

    /// `introducerStarts` with `Bytes.find`, one opener after the other: the
    /// reference it is tested against.
    static func introducerStartsReference(_ b: [UInt8]) -> (tat: [Int], goi: [Int]) {
        let found = namedIntroducers.map { opener in
            var out: [Int] = [], from = 0
            while let k = Bytes.find(opener, in: b, from: from, to: b.count) { out.append(k); from = k + opener.count }
            return out
        }
        return (found[0], found[1])
    }

    static let introducer = Array("tắt".utf8), calledIntroducer = Array("gọi là ".utf8)

    /// `(sau đây gọi tắt là Hiệp định VKFTA)`, `(sau đây gọi là WUR)`:
    /// `tắt` within 40 bytes before, or `gọi là` right before, on the line.
    static func introducedInline(_ b: [UInt8], _ s: Int, lineStart: Int) -> Bool {
        let from = max(lineStart, s - 40)
        return Bytes.find(introducer, in: b, from: from, to: s) != nil
            || Bytes.find(calledIntroducer, in: b, from: max(lineStart, s - 12), to: s) != nil
    }

    static let la = Array("là".utf8), La = Array("Là".utf8)

    /// `SOFR (Secured Overnight …)` or `FIQ: Là …` explains the abbreviation right after it.
    static func explainedAfter(_ b: [UInt8], _ e: Int, lineEnd: Int) -> Bool {
        guard let (k, c) = TextScan.nextNonBlank(b, from: e) else { return false }
        if c == 0x28 { return true }
        if c == 0x3A || c == 0x2D, let (j, _) = TextScan.nextNonBlank(b, from: k + 1) {
            return Bytes.hasPrefix(b, at: j, la, end: lineEnd) || Bytes.hasPrefix(b, at: j, La, end: lineEnd)
        }
        return false
    }
}
