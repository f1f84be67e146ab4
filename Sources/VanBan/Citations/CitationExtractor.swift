/// Finds legal citations in one linear pass over the markup-free bytes.
///
/// Anchors: a `/` inside a document number (`64/2007/NĐ-CP`), the words
/// `Luật`/`Bộ luật`/`Pháp lệnh`/`Hiến pháp` (documents named by title),
/// unit words (`Điều`, `khoản`, `điểm`, `Chương`, `Mục`, `Phần`, `Phụ lục`)
/// and the deictic `này`/`nêu trên`/`đã dẫn`. From each anchor it reads
/// backwards (type name, `số`, unit chain) and forwards (date, issuer,
/// subject), each step bounded, so the whole pass stays linear.
public enum CitationExtractor {
    /// Type names that introduce a cited document, longest first.
    /// Type names as written (each case form) with the kind they denote.
    static let typeNames: [(bytes: [UInt8], name: String)] = typeNameTable.map { ($0.bytes, $0.name) }
    static let typeNameKinds: [[UInt8]: DocumentKind] = {
        var d: [[UInt8]: DocumentKind] = [:]
        for e in typeNameTable { if let k = DocumentTypes.kind(forName: e.name) { d[e.bytes] = k } }
        return d
    }()
    /// The kind of a type name or law word written at `r`.
    /// (The type name written exactly over `r`, found in `typeNameIndex`:
    /// no array is built for a dictionary look-up.)
    static func kindOf(_ b: [UInt8], _ r: TextRange) -> DocumentKind? {
        guard let t = typeNameIndex.match(b, at: r.start, end: r.end, accept: { _, len in len == r.length }) else { return nil }
        return typeNameKindById[t.id]
    }
    /// `typeNames` for matching at a position, and ending at a position.
    static let typeNameIndex = PhraseIndex(typeNames.map { $0.bytes })
    static let typeNameSuffixIndex = PhraseIndex(typeNames.map { $0.bytes }, suffix: true)
    static let typeNameKindById: [DocumentKind?] = typeNames.map { typeNameKinds[$0.bytes] }
    /// Per type name, whether it is `Luật` (compared once here: a
    /// comparison of two non-ASCII strings is normalisation-aware).
    static let typeNameIsLuat: [Bool] = typeNames.map { $0.name == "Luật" }

    static let typeNameTable: [(bytes: [UInt8], name: String)] = {
        var names = DocumentTypes.all.map { $0.name } + ["Văn bản hợp nhất", "Văn bản", "Hiến pháp", "Công văn", "Điều lệ", "Lệnh", "Quy chuẩn", "Tiêu chuẩn", "Bộ Luật"]
        names = Array(Set(names))
        var out: [(bytes: [UInt8], name: String)] = []
        for n in names {
            let lower = n.lowercased()
            let cap = (lower.first.map { String($0).uppercased() } ?? "") + lower.dropFirst()
            for v in Set([n, lower, cap, n.uppercased()]) { out.append((Array(v.utf8), n)) }
        }
        return out.sorted { $0.bytes.count > $1.bytes.count }
    }()

    static let so: [[UInt8]] = [Array("số".utf8), Array("Số".utf8), Array("SỐ".utf8)]
    static let cua: [UInt8] = Array("của".utf8)
    /// (`về` must stay first: `readTail` tells it from the other openers by its index 0.)
    static let subjectOpeners: [[UInt8]] = ["về", "quy định", "hướng dẫn", "ban hành", "sửa đổi", "phê duyệt", "triển khai", "thành lập", "bãi bỏ",
                                            "giao", "công bố", "kiện toàn", "phân bổ", "tổ chức", "thực hiện", "điều chỉnh", "bổ sung", "quản lý",
                                            "xử lý", "cấp", "tăng cường", "đẩy mạnh", "thí điểm", "kéo dài", "ủy quyền", "phân cấp", "chấn chỉnh",
                                            "áp dụng", "đính chính", "hợp nhất", "bố trí", "tiếp tục", "nâng cao", "xác định", "cho phép", "chuyển"].map { Array($0.utf8) }
    static let issuerStops: [[UInt8]] = [Array("về".utf8), Array("quy định".utf8), Array("hướng dẫn".utf8), Array("ban hành".utf8), Array("sửa đổi".utf8),
                                          Array("phê duyệt".utf8), Array("thì".utf8), Array("đã".utf8), Array("và".utf8), Array("được".utf8),
                                          Array("tại".utf8), Array("có".utf8), Array("cho".utf8), Array("theo".utf8), Array("là".utf8), Array("để".utf8), Array("với".utf8),
                                          Array("xong".utf8), Array("trước".utf8), Array("sau".utf8), Array("từ".utf8), Array("đến".utf8), Array("trong".utf8),
                                          Array("kể".utf8), Array("nay".utf8), Array("chậm".utf8), Array("khi".utf8), Array("nhưng".utf8), Array("thực hiện".utf8),
                                          // Verbs that open a trích yếu with no `về` ("… của Ủy ban nhân dân tỉnh ủy quyền cấp …").
                                          Array("ủy quyền".utf8), Array("uỷ quyền".utf8), Array("phân cấp".utf8), Array("thành lập".utf8),
                                          Array("công bố".utf8), Array("kiện toàn".utf8), Array("bãi bỏ".utf8), Array("điều chỉnh".utf8)]
    static let issuerStopIndex = PhraseIndex(issuerStops)
    static let subjectOpenerIndex = PhraseIndex(subjectOpeners)
    static let unitWords: KeywordSet = KeywordSet(["điểm", "khoản", "Điều", "Tiểu mục", "Mục", "Chương", "Phần", "Phụ lục"])
    static let unitKinds: [UnitReference.Unit] = [.diem, .khoan, .dieu, .tieuMuc, .muc, .chuong, .phan, .phuLuc]
    /// (`deictic` tries `này` and `nêu trên` for an `n`, `đã dẫn` for a C4,
    /// by their places here; `trên`, alone, names nothing.)
    static let deictics: [[UInt8]] = [Array("này".utf8), Array("nêu trên".utf8), Array("đã dẫn".utf8), Array("trên".utf8)]
    static let lawWords: KeywordSet = KeywordSet(["Bộ luật", "Bộ Luật", "Luật", "Pháp lệnh", "Hiến pháp"])

    public static func extract(_ doc: Document) -> [Citation] {
        var out: [Citation] = []
        let b = doc.clean
        let n = b.count
        var i = 0
        var consumedUntil = 0
        var pendingUnits: (units: [UnitReference], range: TextRange, separators: [TextRange])?
        // Local copies: a static read in the loop costs a `swift_once` check.
        let candidateFirst = Self.candidateFirst, unitFirst = Self.unitFirst, lawFirst = Self.lawFirst
        let typeNameIndex = Self.typeNameIndex, typeNameIsLuat = Self.typeNameIsLuat
        let typeNameSuffixIndex = Self.typeNameSuffixIndex, typeNameKindById = Self.typeNameKindById
        let so = Self.so, cua = Self.cua, unitIndex = Self.unitIndex, lawIndex = Self.lawIndex
        let scanner = Self.anchorScanner
        var block = AnchorScanner.Block()
        // The header's number, read once (each read copies its field).
        let headerNumberRange = doc.header.number?.number.range
        while i < n {
            // Skip, over raw bytes, everything that cannot open a citation:
            // a byte other than '/' and the first byte of a keyword, or such
            // a byte inside a word.
            i = b.withUnsafeBufferPointer { scanner.next($0, from: i, block: &block) }
            guard i < n else { break }
            let c = b[i]
            // Numbered citation: a '/' with digits on the left and a symbol on the right.
            if c == UInt8(ascii: "/"), let num = number(around: i, in: b, doc: doc), num.range.start >= consumedUntil {
                // (`num` is not read past the next line, so it can be moved
                // into the citation: its range is kept apart, and the merge
                // below reads the number from the citation.)
                let numRange = num.range
                var cit = Citation(form: .numbered, range: numRange)
                cit.number = consume num
                var start = numRange.start
                // Backwards: "số", type name.
                var k = skipBack(b, start)
                for s in so where k >= s.count && Bytes.hasPrefix(b, at: k - s.count, s) && !Bytes.isWordCharBefore(k - s.count, in: b) {
                    cit.hasSo = true
                    k = skipBack(b, k - s.count)
                    break
                }
                if k > 0 && b[k - 1] == UInt8(ascii: ":") { k = skipBack(b, k - 1) }
                var typeFound = false
                let kk = k
                if let t = typeNameSuffixIndex.match(b, at: k, accept: { id, len in
                    !Bytes.isWordCharBefore(kk - len, in: b) && !isPhapLuat(b, kk - len, isLuat: typeNameIsLuat[id])
                }) {
                    cit.typeName = Field(range: TextRange(k - t.length, k), clean: doc.clean)
                    cit.kind = typeNameKindById[t.id]
                    start = k - t.length
                    typeFound = true
                }
                // A law named by title right before "số": "Luật … số 64/2025/QH15".
                // (The last citation read in the array, not bound: a copy
                // alive would make the writes to `merged` copy its box.)
                if !typeFound, cit.hasSo, let li = out.indices.last, out[li].form == .named, out[li].number.isNone,
                   case let lastEnd = out[li].range.end, skipBack(b, k) <= lastEnd + 1, k - lastEnd <= 2 {
                    var merged = out.removeLast()
                    merged.form = .numbered
                    merged.number = cit.number
                    merged.hasSo = true
                    cit = merged
                    start = merged.range.start
                }
                // The header's own number is not a citation. (Its range is
                // read first: the whole field is copied only when it overlaps.)
                if let hr = headerNumberRange, hr.overlaps(numRange), let h = doc.header.number, isHeaderNumber(h, b) {
                    i = numRange.end
                    consumedUntil = numRange.end
                    continue
                }
                var end = numRange.end
                readTail(&cit, b, doc, &end)
                if let pu = pendingUnits, start - pu.range.end <= 12 {
                    cit.units = pu.units
                    cit.separators = pu.separators
                    start = pu.range.start
                }
                pendingUnits = nil
                cit.range = TextRange(start, end)
                out.append(consume cit)
                i = max(i + 1, numRange.end)
                consumedUntil = end
                continue
            }
            // Most bytes cannot open anything: one table lookup, then the
            // word-boundary test (cheap for ASCII) only for candidates.
            guard candidateFirst[Int(c)] else { i += 1; continue }
            // Unit chains.
            if unitFirst[Int(c)], let firstUnit = wholeWord(unitIndex, b, i),
               let probe = opensLine(b, i) ? unitChain(b, at: i, first: firstUnit, record: false) : unitChain(b, at: i, first: firstUnit) {
                // A heading ("Điều 5. Phạm vi", "Chương II") is not a reference.
                // (Only a chain that opens its line can be one: such a chain
                // is read first without its arrays, and built below when it
                // is not a heading.)
                if isHeading(b, probe) {
                    i = probe.range.end
                    consumedUntil = probe.range.end
                    continue
                }
                let chain = probe.units.isEmpty ? unitChain(b, at: i, first: firstUnit)! : probe
                var j = skipSpace(b, chain.range.end)
                // "… Điều này", "khoản 2 Điều này"
                if let d = deictic(b, at: j) {
                    var cit = Citation(form: .deictic, range: TextRange(chain.range.start, d.end))
                    cit.units = chain.units
                    cit.separators = chain.separators
                    cit.deixis = Field(range: d, clean: doc.clean)
                    out.append(consume cit)
                    i = d.end
                    consumedUntil = d.end
                    continue
                }
                // "Điều 46, Nghị định số …", "Điều 5 của Luật …"
                var seps = chain.separators
                if j < n && b[j] == UInt8(ascii: ",") { seps.append(TextRange(j, j + 1)); j = skipSpace(b, j + 1) }
                if Bytes.hasPrefix(b, at: j, cua) { j = skipSpace(b, j + cua.count) }
                let docFollows = typeNameIndex.match(b, at: j) != nil || wholeWord(lawIndex, b, j) != nil
                if docFollows {
                    pendingUnits = (chain.units, chain.range, seps)
                    if wholeWord(lawIndex, b, j) != nil, let law = namedLaw(b, at: j, doc: doc) {
                        // (`law` moved into `cit`: a copy alive would make
                        // the writes below copy the box.)
                        let lawEnd = law.range.end
                        var cit = consume law
                        cit.units = chain.units
                        cit.separators = seps
                        cit.range = TextRange(chain.range.start, lawEnd)
                        out.append(consume cit)
                        pendingUnits = nil
                        i = lawEnd
                        consumedUntil = lawEnd
                        continue
                    }
                    i = chain.range.end
                    continue
                }
                var cit = Citation(form: .internalUnits, range: chain.range)
                cit.units = chain.units
                out.append(consume cit)
                i = chain.range.end
                consumedUntil = chain.range.end
                continue
            }
            // Documents named by title, and "<Type> này / nêu trên".
            if lawFirst[Int(c)], let law = namedLaw(b, at: i, doc: doc) {
                out.append(law)
                i = law.range.end
                consumedUntil = law.range.end
                continue
            }
            if Bytes.isASCIIUpper(b[i]) || b[i] == 0xC4 && i + 1 < n && b[i + 1] == 0x90, let t = typeNameAt(b, i) {
                let j = skipSpace(b, i + t.length)
                if let d = deictic(b, at: j) {
                    var cit = Citation(form: .deictic, range: TextRange(i, d.end))
                    cit.typeName = Field(range: TextRange(i, i + t.length), clean: doc.clean)
                    cit.kind = typeNameKindById[t.id]
                    cit.deixis = Field(range: d, clean: doc.clean)
                    if let pu = pendingUnits, i - pu.range.end <= 12 {
                        cit.units = pu.units
                        cit.separators = pu.separators
                        cit.range = TextRange(pu.range.start, d.end)
                    }
                    pendingUnits = nil
                    out.append(consume cit)
                    i = d.end
                    consumedUntil = d.end
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// The header's `Số: …` field, as opposed to a `số …` in running text
    /// that the header parser took for one (one-line texts): it has a colon
    /// or opens its line.
    public static func isHeaderNumber(_ h: NumberField, _ b: [UInt8]) -> Bool {
        if h.colon != nil { return true }
        var k = h.label.range.start
        while k > 0 && (Bytes.isBlank(b[k - 1])) { k -= 1 }
        return k == 0 || b[k - 1] == 0x0A || b[k - 1] == 0x0D
    }

    /// Whether only blanks stand between `i` and the start of its line.
    static func opensLine(_ b: [UInt8], _ i: Int) -> Bool {
        var k = i
        while k > 0 && (Bytes.isBlank(b[k - 1])) { k -= 1 }
        return k == 0 || b[k - 1] == 0x0A || b[k - 1] == 0x0D
    }

    /// A unit chain that opens its line and is followed by `.`, `:` or the
    /// end of the line is a structure heading.
    static func isHeading(_ b: [UInt8], _ chain: Chain) -> Bool {
        guard opensLine(b, chain.range.start) else { return false }
        var e = chain.range.end
        while e < b.count && Bytes.isBlank(b[e]) { e += 1 }
        return e >= b.count || b[e] == UInt8(ascii: ".") || b[e] == UInt8(ascii: ":") || b[e] == 0x0A || b[e] == 0x0D
    }

    static func table(_ bytes: Set<UInt8>) -> [Bool] {
        var t = [Bool](repeating: false, count: 256)
        for c in bytes { t[Int(c)] = true }
        return t
    }
    static let unitFirst = table(unitWords.firstBytes)
    static let lawFirst = table(lawWords.firstBytes)
    static let candidateFirst: [Bool] = {
        var t = table(unitWords.firstBytes.union(lawWords.firstBytes))
        for n in typeNames { t[Int(n.bytes[0])] = true }
        return t
    }()

    /// The skip loop's anchors: unit words in every case; law words and
    /// type names only where they open with a capital (`Bytes.isASCIIUpper`
    /// or `Đ`), the only forms the law and type-name branches of `extract`
    /// act on; a type name only where a deictic may follow it, the only
    /// case its branch acts on.
    static let anchorScanner: AnchorScanner = {
        let capitalised = typeNames.map { $0.bytes }.filter { Bytes.isASCIIUpper($0[0]) || $0[0] == 0xC4 && $0.count > 1 && $0[1] == 0x90 }
        let first = unitWords.firstBytes.union(lawWords.firstBytes.filter { Bytes.isASCIIUpper($0) }).union(capitalised.map { $0[0] })
        return AnchorScanner(anchorFirstBytes: first, anchorIndexes: [unitIndex, lawIndex, PhraseIndex(capitalised)], unconditional: [unitIndex, lawIndex])
    }()

    /// The length `Bytes.decodeScalar` gives the scalar at `i`, without
    /// decoding it.
    @inline(__always)
    static func scalarLength(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i], n = b.count
        if c < 0x80 { return 1 }
        if c < 0xE0, i + 1 < n { return 2 }
        if c < 0xF0, i + 2 < n { return 3 }
        if i + 3 < n { return 4 }
        return 1
    }

    /// The keyword at `i` (a whole word: no letter or digit follows).
    /// (`PhraseIndex.wholeWord` tests the index's filter first: callers need not.)
    @inline(__always)
    static func wholeWord(_ index: PhraseIndex, _ b: [UInt8], _ i: Int) -> (word: Int, length: Int)? {
        b.withUnsafeBufferPointer { index.wholeWord($0, at: i) }.map { ($0.id, $0.length) }
    }
    static let lawIndex = lawWords.index
    static let unitIndex = unitWords.index

    /// The type name (a whole word) at `i`: its index in `typeNames` and length.
    static func typeNameAt(_ b: [UInt8], _ i: Int) -> (id: Int, length: Int)? { wholeWord(typeNameIndex, b, i).map { ($0.word, $0.length) } }


    /// `pháp luật số …`, `văn bản quy phạm pháp luật số …`: the `luật` of
    /// `pháp luật` is not a type name.
    /// `isLuat` tells whether the type name is `Luật` (`typeNameIsLuat`).
    static func isPhapLuat(_ b: [UInt8], _ at: Int, isLuat: Bool) -> Bool {
        guard isLuat, Bytes.isASCIILower(b[at]) else { return false }
        let p = skipBack(b, at)
        return p >= phap.count && Bytes.hasPrefix(b, at: p - phap.count, phap)
    }
    static let phap: [UInt8] = Array("pháp".utf8)
    static let va: [UInt8] = Array("và".utf8)
    static let den: [UInt8] = Array("đến".utf8)
    static let nuoc: [UInt8] = Array("nước".utf8)
    static let nam: [UInt8] = Array("năm".utf8)
    static let canCu: [UInt8] = Array("Căn cứ".utf8)

    /// Whether the scalar at `i` is an upper-case letter.
    static func startsUpper(_ b: [UInt8], _ i: Int) -> Bool {
        guard i < b.count else { return false }
        if b[i] < 0x80 { return Bytes.isASCIIUpper(b[i]) }
        return Bytes.decodeScalar(b, i).0.properties.isUppercase
    }

    static func skipBack(_ b: [UInt8], _ i: Int) -> Int {
        var k = i
        while k > 0 && Bytes.isWhitespace(b[k - 1]) { k -= 1 }
        return k
    }

    static func skipSpace(_ b: [UInt8], _ i: Int) -> Int { DateScanner.skipSpace(b, i) }

    static func deictic(_ b: [UInt8], at j: Int) -> TextRange? {
        // Each opens with `n`, `t` or the C4 of `đ`: any other byte, none.
        // Plain "trên" counts only as "nêu trên" ("trên" alone is too
        // common: "trên địa bàn"): the one deictic opening with `t` gives
        // none, and only those opening with the byte at `j` are tried
        // (`này` and `nêu trên` for `n`, `đã dẫn` for C4; the two of `n`
        // differ in their third byte, so at most one is written).
        guard j >= 0, j < b.count else { return nil }
        let f = b[j]
        let candidates: Range<Int>
        if f == UInt8(ascii: "n") { candidates = 0..<2 } else if f == 0xC4 { candidates = 2..<3 } else { return nil }
        // (The table read once: each read of a static costs a `swift_once`.)
        let table = deictics
        for k in candidates where Bytes.hasPrefix(b, at: j, table[k]) && !Bytes.isWordChar(at: j + table[k].count, in: b) {
            return TextRange(j, j + table[k].count)
        }
        return nil
    }

    // MARK: Numbers

    static func isSymbolByte(_ c: UInt8) -> Bool { Bytes.isASCIILetter(c) || Bytes.isDigit(c) || c == UInt8(ascii: "-") || c == 0xC4 || c == 0x90 || c == 0x91 }

    /// The number around a '/' at `slash`, if it is one (not a date, not a ratio, not a URL).
    static func number(around slash: Int, in b: [UInt8], doc: Document) -> DocumentNumber? {
        // Left: digits (with an optional letter suffix), or party style "46-CT".
        var s = slash
        while s > 0 && (Bytes.isASCIILetter(b[s - 1]) || b[s - 1] == 0x90 || b[s - 1] == 0x91 || b[s - 1] == 0xC4) { s -= 1 }
        var partyTypeStart = -1
        if s < slash && s > 0 && b[s - 1] == UInt8(ascii: "-") { partyTypeStart = s; s -= 1 }
        let digitsEnd = s
        while s > 0 && Bytes.isDigit(b[s - 1]) { s -= 1 }
        if s == digitsEnd {
            // Blank number "…/QĐ-UBND" or "/TTr-BTC": not a citation.
            return nil
        }
        if partyTypeStart < 0 && digitsEnd != slash {
            // "1249a/…": at most one lower-case letter after the digits.
            let suffix = slash - digitsEnd
            if suffix > 1 || !Bytes.isASCIILower(b[digitsEnd]) { return nil }
        }
        if s > 0 && (Bytes.isWordChar(at: Bytes.previousScalarStart(b, s), in: b) || b[s - 1] == UInt8(ascii: "/") || b[s - 1] == UInt8(ascii: ".")) { return nil }
        // Right side: optional year then symbol.
        var e = slash + 1
        var k = e
        while k < b.count && Bytes.isDigit(b[k]) { k += 1 }
        if k - e == 4 && k < b.count && b[k] == UInt8(ascii: "/") { e = k + 1 }
        // A year typed short before the symbol (`115/20/NĐ-CP`): kept, so
        // that VB401 reports it (a date has digits after its second `/`).
        else if k - e >= 2 && k - e <= 3 && k + 1 < b.count && b[k] == UInt8(ascii: "/")
                    && (Bytes.isASCIIUpper(b[k + 1]) || (b[k + 1] == 0xC4 && k + 2 < b.count && b[k + 2] == 0x90)) { e = k + 1 }
        else if k > e { return nil }  // a date or a ratio: 10/4/2007, 8/22
        // Symbol: must start with an upper-case letter.
        guard e < b.count, Bytes.isASCIIUpper(b[e]) || (b[e] == 0xC4 && e + 1 < b.count && b[e + 1] == 0x90) else { return nil }
        var j = e
        while j < b.count {
            let c = b[j]
            if Bytes.isASCIILetter(c) || Bytes.isDigit(c) { j += 1; continue }
            if c == 0xC4 && j + 1 < b.count && (b[j + 1] == 0x90 || b[j + 1] == 0x91) { j += 2; continue }
            if Bytes.isBlank(c) {
                // "QĐ - BNV", "NĐ -CP": blanks typed around a hyphen (a defect, kept for the rule).
                var m = j
                while m < b.count && Bytes.isBlank(b[m]) { m += 1 }
                if m < b.count && b[m] == UInt8(ascii: "-") && m - j <= 2 {
                    var q = m + 1
                    while q < b.count && Bytes.isBlank(b[q]) && q - m <= 2 { q += 1 }
                    if q < b.count && (Bytes.isASCIIUpper(b[q]) || b[q] == 0xC4) { j = q; continue }
                }
                break
            }
            if c == UInt8(ascii: "-") {
                // "TT-\nBLĐTBXH": a number broken by a line end.
                var m = j + 1
                while m < b.count && (Bytes.isBlank(b[m])) { m += 1 }
                if m < b.count && (b[m] == 0x0A || b[m] == 0x0D) {
                    m += 1
                    if m < b.count && b[m] == 0x0A { m += 1 }
                    while m < b.count && Bytes.isBlank(b[m]) { m += 1 }
                    if m < b.count && (Bytes.isASCIIUpper(b[m]) || b[m] == 0xC4) { j = m; continue }
                    break
                }
                if m < b.count, m - j <= 3, Bytes.isASCIILetter(b[m]) || Bytes.isDigit(b[m]) || b[m] == 0xC4 { j = m; continue }
                break
            }
            break
        }
        // "34/2016/NĐ-CPng": run-on text is kept out by requiring a boundary.
        let r = TextRange(s, j)
        guard r.length >= 3 else { return nil }
        // URLs and paths
        if s >= 4 && hasURLMark(b, from: max(0, s - 40), to: s) { return nil }
        let text = doc.cleanText(r)
        // Parsed from `b` itself: `text` is `b[r]` decoded, and `r` holds
        // only ASCII, `Đ`/`đ` and line ends (the loops above), so its bytes
        // are `text`'s (no repair), and `parse(text:)` would read them back.
        var num = b.withUnsafeBufferPointer { NumberParser.parse(bytes: UnsafeBufferPointer(rebasing: $0[r.start..<r.end]), text: text, range: r) }
        // A break after a hyphen ("TT-\nBTC", and "TT- BTC" where a text
        // extraction turned that line break into a blank) is layout, not a
        // typed blank; a blank before a hyphen ("NĐ -CP", "QĐ - BNV") is typed.
        // (Only a number with blanks or line ends in it, `hasSpaces`, can
        // have one before a hyphen: the others are passed over.)
        if num.hasSpaces {
            var blankBeforeHyphen = false
            for q in r.start..<max(r.start, r.end - 1) where Bytes.isBlank(b[q]) && b[q + 1] == UInt8(ascii: "-") { blankBeforeHyphen = true; break }
            if !blankBeforeHyphen { num.hasSpaces = false }
        }
        return num
    }

    /// Whether `://` stands wholly inside `b[from..<to]` (read straight
    /// through: forty bytes do not repay `Bytes.find`'s setup). Eight bytes
    /// with no `:` open no mark: they are passed over in one test (`to` is
    /// within `b`, so the word at `q` is read in bounds).
    static func hasURLMark(_ b: [UInt8], from: Int, to: Int) -> Bool {
        var q = from
        if to <= b.count {
            b.withUnsafeBufferPointer { p in
                guard let base = p.baseAddress else { return }
                while q + 8 <= to {
                    let x = UInt64(littleEndian: UnsafeRawPointer(base + q).loadUnaligned(as: UInt64.self))
                    if ByteScan.eq(x, UInt8(ascii: ":")) != 0 { break }
                    q += 8
                }
            }
        }
        while q + 3 <= to {
            if b[q] == UInt8(ascii: ":") && b[q + 1] == UInt8(ascii: "/") && b[q + 2] == UInt8(ascii: "/") { return true }
            q += 1
        }
        return false
    }

    // MARK: Tail: date, issuer, subject

    static let kyHopThu = Array("Kỳ họp thứ".utf8)

    static func readTail(_ cit: inout Citation, _ b: [UInt8], _ doc: Document, _ end: inout Int) {
        // Local copies: a static read in the loops costs a `swift_once`.
        let cua = Self.cua, va = Self.va, issuerStopIndex = Self.issuerStopIndex, issuerStops = Self.issuerStops
        // `cit` is the extractor's own, shared with no other citation: its
        // box is written in place, without the uniqueness check of each
        // write through `Citation`'s setters.
        assert(isKnownUniquelyReferenced(&cit.storage))
        let box = cit.storage
        var j = skipSpace(b, end)
        if j < b.count && b[j] == UInt8(ascii: ",") { j = skipSpace(b, j + 1) }
        if let d = DateScanner.date(b, at: j) {
            box.dateField = Field(range: d.range, clean: doc.clean)
            box.date = d.date
            box.year = d.date?.year
            end = d.range.end
            j = skipSpace(b, end)
            if j < b.count && b[j] == UInt8(ascii: ",") { j = skipSpace(b, j + 1) }
        }
        if Bytes.hasPrefix(b, at: j, cua) && !Bytes.isWordChar(at: j + cua.count, in: b) {
            let s = skipSpace(b, j + cua.count)
            var k = s
            var words = 0
            // At most 13 words: the loop stops at the start of the 14th
            // (stopping inside it left a letter's first byte in the issuer).
            wordLoop: while k < b.count {
                let c = b[k]
                if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ".") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: ":") { break }
                if c == 0x0A || c == 0x0D {
                    // A line break inside the issuer ("của Bộ Tài\nchính") of a
                    // wrapped text; a blank line or a new item ends it.
                    let nx = skipSpace(b, k)
                    if nx >= b.count || b[nx] == 0x0A || b[nx] == 0x0D || b[nx] == UInt8(ascii: "-") || Bytes.isDigit(b[nx]) || words == 0 { break }
                    k = nx
                    continue
                }
                // Words start on a character: a continuation byte (inside `”`)
                // starts none.
                if c & 0xC0 == 0x80 { k += 1; continue }
                // (The blank test first: it is one comparison, the other a call.)
                if !Bytes.isBlank(c) && !wordCharBefore(b, k) {
                    if words == 13 { break }
                    // (At most one stop is a whole word at `k`: none is a
                    // whole-word prefix of another.)
                    if let st = wholeWord(issuerStopIndex, b, k) {
                        // Joint issuers: "của Bộ Nội vụ và Văn phòng Chính phủ",
                        // names with "và": "Bộ Thông tin và Truyền thông".
                        if !(issuerStops[st.word] == va && startsUpper(b, skipSpace(b, k + st.length))) { break wordLoop }
                    }
                    // (A date opens with `ngày` or `Ngày`: other words are
                    // not read as one.)
                    if c == UInt8(ascii: "n") || c == UInt8(ascii: "N"), let d = DateScanner.date(b, at: k) { _ = d; break }
                    words += 1
                }
                k += 1
            }
            var ie = trimWhitespace(b, s, k)
            // "của Quốc hội khóa XV, Kỳ họp thứ 3 về …": the session belongs
            // to the issuer, and the trích yếu follows it.
            if ie > s, ie < b.count, b[ie] == UInt8(ascii: ","), case let h = skipSpace(b, ie + 1), Bytes.hasPrefix(b, at: h, kyHopThu) {
                var e = skipSpace(b, h + kyHopThu.count)
                let n0 = e
                while e < b.count, !Bytes.isWhitespace(b[e]), b[e] != UInt8(ascii: ","), b[e] != UInt8(ascii: ";"), b[e] != UInt8(ascii: "."), e - n0 < 12 { e += 1 }
                while e > n0 && e < b.count && b[e] & 0xC0 == 0x80 { e -= 1 }
                if e > n0 { ie = e }
            }
            if ie > s {
                box.issuer = Field(range: TextRange(s, ie), clean: doc.clean)
                end = ie
                j = skipSpace(b, end)
            }
            if box.dateField.isNone, let d = DateScanner.date(b, at: j) {
                box.dateField = Field(range: d.range, clean: doc.clean)
                box.date = d.date
                box.year = d.date?.year
                end = d.range.end
                j = skipSpace(b, end)
            }
        }
        // (At most one opener is a whole word at `j`.)
        if let opener = wholeWord(subjectOpenerIndex, b, j) {
            // (`về`, the opener the subject does not include, is opener 0.)
            let s = opener.word == 0 ? skipSpace(b, j + opener.length) : j
            var k = s
            var lineBreaks = 0
            var depth = 0
            let subjectBytes = Self.subjectBytes, canCu = Self.canCu
            let limit = min(b.count, s + 400)
            while k < limit {
                let c = b[k]
                // Most bytes neither end the subject nor count: passed over,
                // sixteen at a time, to the next that does.
                if !subjectBytes[Int(c)] { k = nextSubjectByte(b, from: k + 1, to: limit); continue }
                if c == UInt8(ascii: "(") { depth += 1 }
                if c == UInt8(ascii: ")") { if depth == 0 { break }; depth -= 1 }
                if c == UInt8(ascii: ";") { break }
                if c == UInt8(ascii: ".") && (k + 1 >= b.count || Bytes.isWhitespace(b[k + 1]) || b[k + 1] == UInt8(ascii: "/")) { break }
                if c == UInt8(ascii: ",") && k + 2 < b.count && (Bytes.hasPrefix(b, at: skipSpace(b, k + 1), canCu)) { break }
                if c == 0x0A {
                    lineBreaks += 1
                    // A blank line, or a new list item, ends the subject.
                    // (Blanks and a CR are passed over, not the next line feed.)
                    var nxt = k + 1
                    while nxt < b.count && (Bytes.isBlank(b[nxt]) || b[nxt] == 0x0D) { nxt += 1 }
                    if nxt < b.count && (b[nxt] == 0x0A || b[nxt] == UInt8(ascii: "-")) { break }
                    if lineBreaks > 4 { break }
                }
                k += 1
            }
            // The length cap may stop inside a letter: back to its start.
            while k > s && k < b.count && b[k] & 0xC0 == 0x80 { k -= 1 }
            let se = trimWhitespace(b, s, k)
            if se > s {
                box.subject = Field(range: TextRange(s, se), clean: doc.clean)
                end = se
            }
        }
    }

    /// `Bytes.isWordCharBefore`, its ASCII case inline: the issuer loop of
    /// `readTail` asks it at every byte of a word but the continuation
    /// bytes, and most of them follow an ASCII letter.
    @inline(__always)
    static func wordCharBefore(_ b: [UInt8], _ k: Int) -> Bool {
        if k > 0 && k <= b.count, case let q = b[k - 1], q < 0x80 { return Bytes.isASCIILetter(q) || Bytes.isDigit(q) }
        return Bytes.isWordCharBefore(k, in: b)
    }

    /// The bytes the subject loop of `readTail` acts on: `(`, `)`, `;`,
    /// `.`, `,` and the line feed.
    static let subjectBytes: [Bool] = table([UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ","), 0x0A])

    /// The first index in `from..<to` holding one of `subjectBytes`, or `to`.
    static func nextSubjectByte(_ b: [UInt8], from: Int, to: Int) -> Int {
        b.withUnsafeBufferPointer { p in
            var k = from
            if let base = p.baseAddress, to <= p.count {
                let raw = UnsafeRawPointer(base)
                let open = SIMD16<UInt8>(repeating: UInt8(ascii: "(")), close = SIMD16<UInt8>(repeating: UInt8(ascii: ")"))
                let semicolon = SIMD16<UInt8>(repeating: UInt8(ascii: ";")), period = SIMD16<UInt8>(repeating: UInt8(ascii: "."))
                let comma = SIMD16<UInt8>(repeating: UInt8(ascii: ",")), lineFeed = SIMD16<UInt8>(repeating: 0x0A)
                while k + 16 <= to {
                    let v = raw.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt8>.self)
                    let m = (v .== open) .| (v .== close) .| (v .== semicolon) .| (v .== period) .| (v .== comma) .| (v .== lineFeed)
                    if ByteScan.any(m) { break }
                    k &+= 16
                }
            }
            let table = subjectBytes
            while k < to && !table[Int(p[k])] { k += 1 }
            return k
        }
    }

    /// The end of `b[s..<e]` without trailing blanks and line ends (a CRLF
    /// text's `\r` is not part of a field).
    static func trimWhitespace(_ b: [UInt8], _ s: Int, _ e: Int) -> Int {
        var e = e
        while e > s && Bytes.isWhitespace(b[e - 1]) { e -= 1 }
        return e
    }

    // MARK: Units

    struct Chain { var units: [UnitReference]; var range: TextRange; var separators: [TextRange] = [] }

    /// A unit chain read at `i`, its fields' texts read from `b` (the
    /// markup-free text) when asked: a heading or a chain that no citation
    /// takes builds no strings.
    /// `first` is `wholeWord(unitIndex, b, i)`, which the caller has found already
    /// (each unit word of the chain is matched once).
    /// With `record` false only the chain's range is read: its arrays
    /// stay empty and nothing is allocated (the test for a heading, made
    /// before a chain that opens its line is built).
    static func unitChain(_ b: [UInt8], at i: Int, first: (word: Int, length: Int), record: Bool = true) -> Chain? {
        // Local copies: a static read in the loop costs a `swift_once`.
        let unitKinds = Self.unitKinds, va = Self.va, den = Self.den, unitIndex = Self.unitIndex
        var units: [UnitReference] = []
        var unitCount = 0
        var separators: [TextRange] = []
        var k = i
        var end = i
        var next: (word: Int, length: Int)? = first
        while true {
            guard let m = next else { break }
            let unit = unitKinds[m.word]
            var j = k + m.length
            guard j < b.count, Bytes.isBlank(b[j]) else { break }
            j = skipSpace(b, j)
            // The unit's first number, and the others (`UnitReference`
            // keeps the first apart: a unit of one number has no array).
            var firstNumber: Field? = nil
            var numbers: [Field] = []
            var numberCount = 0, lastNumberEnd = j
            while j < b.count {
                guard let tok = unitNumber(b, at: j, unit: unit) else { break }
                // (The first number in the unit itself, the others in an
                // array: most units have one.)
                if record { if numberCount == 0 { firstNumber = Field(range: tok, clean: b) } else { numbers.append(Field(range: tok, clean: b)) } }
                numberCount += 1
                lastNumberEnd = tok.end
                var q = tok.end
                // "5, 6 và 7", "1 và 2"
                var p = q
                while p < b.count && Bytes.isBlank(b[p]) { p += 1 }
                if p < b.count && b[p] == UInt8(ascii: ",") {
                    let r = skipSpace(b, p + 1)
                    if unitNumber(b, at: r, unit: unit) != nil { j = r; continue }
                }
                // A joining word (`và`, `đến`) and the blank after it: not
                // the start of `vào` ("bổ sung điểm c vào khoản 1").
                func joiner(_ w: [UInt8]) -> Bool {
                    Bytes.hasPrefix(b, at: p, w) && p + w.count < b.count && Bytes.isWhitespace(b[p + w.count])
                }
                let comma = p < b.count && b[p] == UInt8(ascii: ",")
                if comma || joiner(va) || joiner(den) {
                    let w = comma ? 1 : joiner(va) ? va.count : den.count
                    let r = skipSpace(b, p + w)
                    if unitNumber(b, at: r, unit: unit) != nil { j = r; continue }
                    // "khoản 1 và khoản 2": the same unit word repeated.
                    if let m2 = wholeWord(unitIndex, b, r), m2.word == m.word, r + m2.length < b.count, Bytes.isBlank(b[r + m2.length]) {
                        let r2 = skipSpace(b, r + m2.length)
                        if unitNumber(b, at: r2, unit: unit) != nil { j = r2; continue }
                    }
                }
                q = tok.end
                j = q
                break
            }
            guard numberCount > 0 else {
                // "Điều này", "khoản 1 Điều này", "Chương này": the last unit
                // is named by a deictic instead of a number.
                if deictic(b, at: j) != nil {
                    let kr = TextRange(k, k + m.length)
                    if record { units.append(UnitReference(unit: unit, keyword: Field(range: kr, clean: b), firstNumber: nil, otherNumbers: [], range: kr)) }
                    unitCount += 1
                    end = kr.end
                }
                break
            }
            let r = TextRange(k, lastNumberEnd)
            if record {
                let u = UnitReference(unit: unit, keyword: Field(range: TextRange(k, k + m.length), clean: b), firstNumber: consume firstNumber, otherNumbers: consume numbers, range: r)
                // Room for two units at the first: `khoản 2 Điều 5`, a
                // chain of two, is as common as a chain of one.
                if units.isEmpty { units.reserveCapacity(2) }
                units.append(consume u)
            }
            unitCount += 1
            end = r.end
            // Next unit in the chain: after blanks, optionally ", " (wrong, kept for the rule).
            var nx = end
            while nx < b.count && Bytes.isBlank(b[nx]) { nx += 1 }
            if nx < b.count && b[nx] == UInt8(ascii: ",") {
                let after = skipSpace(b, nx + 1)
                if let m2 = wholeWord(unitIndex, b, after), unitKinds[m2.word].rank > unit.rank {
                    if record { separators.append(TextRange(nx, nx + 1)) }
                    k = after; next = m2; continue
                }
                break
            }
            let after = skipSpace(b, end)
            if let m2 = wholeWord(unitIndex, b, after) { k = after; next = m2; continue }
            break
        }
        guard unitCount > 0 else { return nil }
        return Chain(units: consume units, range: TextRange(i, end), separators: consume separators)
    }

    /// A unit's number: digits (+ one letter: `5a`), a Roman numeral, or a
    /// điểm letter.
    static func unitNumber(_ b: [UInt8], at j: Int, unit: UnitReference.Unit) -> TextRange? {
        guard j < b.count else { return nil }
        var k = j
        if unit == .diem {
            if Bytes.isASCIILower(b[k]) { k += 1 } else if b[k] == 0xC4 && k + 1 < b.count && b[k + 1] == 0x91 { k += 2 } else { return nil }
            if Bytes.isWordChar(at: k, in: b) { return nil }
            return TextRange(j, k)
        }
        while k < b.count && Bytes.isDigit(b[k]) { k += 1 }
        if k > j {
            if k < b.count && Bytes.isASCIILower(b[k]) && !Bytes.isWordChar(at: k + 1, in: b) { k += 1 }
            if Bytes.isWordChar(at: k, in: b) { return nil }
            return TextRange(j, k)
        }
        while k < b.count && (b[k] == 0x49 || b[k] == 0x56 || b[k] == 0x58 || b[k] == 0x4C || b[k] == 0x43) { k += 1 }
        if k > j && !Bytes.isWordChar(at: k, in: b) { return TextRange(j, k) }
        return nil
    }

    // MARK: Named laws

    static let lawNameStops: [[UInt8]] = ["ngày", "năm", "số", "được", "của", "đã", "thì", "quy định", "tại", "về", "này", "nêu", "hiện hành", "để", "theo", "cho", "trong", "khi", "hoặc", "sửa", "là", "do", "thay", "không", "các", "mới", "hướng dẫn", "ban hành", "có hiệu lực"].map { Array($0.utf8) }

    static func namedLaw(_ b: [UInt8], at i: Int, doc: Document) -> Citation? {
        guard let m = wholeWord(lawIndex, b, i) else { return nil }
        // Only the capitalised forms open a named law.
        guard Bytes.isASCIIUpper(b[i]) || b[i] == 0xC4 else { return nil }
        let kw = TextRange(i, i + m.length)
        var j = kw.end
        guard j < b.count, Bytes.isBlank(b[j]) else { return nil }
        j = skipSpace(b, j)
        if let d = deictic(b, at: j) {
            var cit = Citation(form: .deictic, range: TextRange(i, d.end))
            cit.typeName = Field(range: kw, clean: doc.clean)
            cit.kind = kindOf(b, kw)
            cit.deixis = Field(range: d, clean: doc.clean)
            return cit
        }
        // The name must start with a capital (else "Luật sư", "Luật quy định");
        // "Hiến pháp" needs no name ("Hiến pháp năm 2013", "Hiến pháp nước …").
        guard j < b.count else { return nil }
        let isConstitution = Bytes.hasPrefix(b, at: i, hienPhap)
        if !startsUpper(b, j) {
            guard isConstitution else { return nil }
            if !Bytes.hasPrefix(b, at: j, nuoc) {
                var cit = Citation(form: .named, range: kw)
                cit.typeName = Field(range: kw, clean: doc.clean)
                readLawYear(&cit, b, doc, kw.end)
                return cit
            }
        }
        var k = j
        var words = 0
        var nameEnd = j
        // Local copies: a static read in the loop costs a `swift_once`.
        let lawNameStopIndex = Self.lawNameStopIndex, va = Self.va
        while k < b.count && words < 14 {
            // one word
            let ws = k
            if b[k] == 0x0A && words > 0 { let nx = skipSpace(b, k); if nx < b.count && b[nx] == 0x0A { break }; k = nx; continue }
            if Bytes.isWhitespace(b[k]) { k += 1; continue }
            if words > 0, wholeWord(lawNameStopIndex, b, ws) != nil { break }
            // "và" joins words of one name ("… biển và hải đảo") but not two laws.
            if words > 0, Bytes.hasPrefix(b, at: ws, va), !Bytes.isWordChar(at: ws + va.count, in: b), startsUpper(b, skipSpace(b, ws + va.count)) { break }
            var we = ws
            while we < b.count && Bytes.isWordChar(at: we, in: b) { we += scalarLength(b, we) }
            if we == ws { break }
            words += 1
            nameEnd = we
            k = we
            if k < b.count && !Bytes.isWhitespace(b[k]) { break }
        }
        guard words >= 1, nameEnd > j else { return nil }
        var cit = Citation(form: .named, range: TextRange(i, nameEnd))
        cit.typeName = Field(range: kw, clean: doc.clean)
        cit.kind = kindOf(b, kw) ?? .luat
        cit.name = Field(range: TextRange(j, nameEnd), clean: doc.clean)
        readLawYear(&cit, b, doc, nameEnd)
        return cit
    }

    static let lawNameStopIndex = PhraseIndex(lawNameStops)
    static let hienPhap: [UInt8] = Array("Hiến pháp".utf8)

    /// "… năm 2015", "… ngày 19 tháng 6 năm 2015" after a law's name; sets
    /// the range's end.
    static func readLawYear(_ cit: inout Citation, _ b: [UInt8], _ doc: Document, _ nameEnd: Int) {
        var end = nameEnd
        let t = skipSpace(b, end)
        if Bytes.hasPrefix(b, at: t, nam) {
            let y = skipSpace(b, t + 4)
            if let (v, ye) = DateScanner.int(b, y, maxDigits: 4), ye - y == 4 {
                // A year alone is not a date.
                cit.dateField = Field(range: TextRange(t, ye), clean: doc.clean)
                cit.year = v
                end = ye
            }
        } else if let d = DateScanner.date(b, at: t) {
            cit.dateField = Field(range: d.range, clean: doc.clean)
            cit.date = d.date
            cit.year = d.date?.year
            end = d.range.end
        }
        cit.range = TextRange(cit.range.start, end)
    }
}
