/// Reads the body line by line: Kính gửi, căn cứ, the enacting line, the
/// Phần/Chương/Mục/Điều/khoản/điểm structure, end marks, the signature,
/// Nơi nhận and attached documents. One pass; each line is classified by
/// its first bytes.
struct BodyParser {
    /// The document's text (not the `Document`: see `ParseText`).
    let doc: ParseText
    /// Whether căn cứ are read: for typed documents and for any without `V/v`.
    let typedOrNoVv: Bool
    let startLine: Int
    let headerEnd: Int
    var lines: [LineInfo]
    var kinhGui: KinhGuiBlock?
    var preamble: [PreambleItem] = []
    var enacting: Field?
    var structure: [StructureNode] = []
    var attachments: [Attachment] = []
    var endMarks: [TextRange] = []
    var signature: SignatureBlock?
    var noiNhan: NoiNhanBlock?
    var authorityBeforePreamble: Field?

    private var stack: [StructureNode] = []
    /// `run`'s state that is large and seldom set: the căn cứ being read,
    /// the Nơi nhận label and the signer's name. (Kept here, not in locals
    /// of `run`: as locals, the optimiser carried these optionals in
    /// registers around the loop, storing and reloading them at every line.)
    private var currentPreamble: PreambleItem?
    private var noiNhanLabel: (Field, TextRange?)?
    private var sigName: Field?
    private var inAttachment = false
    private var attachmentStructure: [StructureNode] = []

    /// `lines` is the document's line table (`doc.lines` is not read).
    /// The lines whose trimmed text ends with a colon, in order
    /// (`LineTable.build`), or nil to read every line.
    let colonLines: [Int]?
    /// Where every `./.` of the text starts, in order (`InlineScanner.scan`
    /// finds them in its pass), or nil to search the text for them.
    let endMarkStarts: [Int]?

    init(doc: Document, lines: [LineInfo], startLine: Int, headerEnd: Int, colonLines: [Int]? = nil, endMarkStarts: [Int]? = nil) {
        self.init(text: ParseText(doc), typedOrNoVv: Self.typedOrNoVv(doc.title), lines: lines, startLine: startLine,
                  headerEnd: headerEnd, colonLines: colonLines, endMarkStarts: endMarkStarts)
    }

    init(text: ParseText, typedOrNoVv: Bool, lines: [LineInfo], startLine: Int, headerEnd: Int, colonLines: [Int]? = nil, endMarkStarts: [Int]? = nil) {
        self.doc = text
        self.typedOrNoVv = typedOrNoVv
        self.startLine = startLine
        self.headerEnd = headerEnd
        self.lines = lines
        self.colonLines = colonLines
        self.endMarkStarts = endMarkStarts
    }

    var b: [UInt8] { doc.clean }

    /// `typedOrNoVv` for a document with `title`: a type name, or no `V/v`
    /// (read through `isSome`/`isNone`, which copy no field).
    static func typedOrNoVv(_ title: TitleBlock?) -> Bool {
        (title?.typeName).isSome || (title?.vv).isNone
    }

    // MARK: Headings

    struct Heading {
        var level: StructureLevel
        var keyword: TextRange?
        var number: TextRange
        var delimiter: TextRange?
        var title: TextRange?
    }

    static func isRoman(_ b: [UInt8], _ s: Int, _ e: Int) -> Bool {
        guard e > s, e - s <= 7 else { return false }
        for i in s..<e { switch b[i] { case 0x49, 0x56, 0x58, 0x4C, 0x43: continue; default: return false } }
        return true
    }

    /// Recognises a heading at the start of a trimmed line. (The tests of
    /// the first byte inline: most lines fail them, and each call of the
    /// whole function cost more than they do.)
    @inline(__always)
    static func headingAt(_ b: [UInt8], _ s: Int, _ e: Int) -> Heading? {
        headingAt(b, s, e, masks: headingKeywordMask, pairs: headingPairFilter)
    }

    /// `headingAt`, `headingKeywordMask` and `headingPairFilter` passed in
    /// (the main loop reads the statics once, not through a `swift_once`
    /// check at every line).
    @inline(__always)
    static func headingAt(_ b: [UInt8], _ s: Int, _ e: Int, masks: [UInt8], pairs: [UInt64]) -> Heading? {
        // No heading of any kind opens with the line's first two bytes
        // (most lines of text; a line of one byte opens none either).
        guard s + 1 < e else { return nil }
        let first = Int(b[s])
        let pair = first << 8 | Int(b[s + 1])
        guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return nil }
        // Keyword headings: only the sets that may open with the line's
        // first byte are tried, in their order.
        return headingAt(b, s, e, keywordMask: masks[first])
    }

    /// `headingAt` past its first-byte tests.
    static func headingAt(_ b: [UInt8], _ s: Int, _ e: Int, keywordMask: UInt8) -> Heading? {
        func skipBlanks(_ i: Int) -> Int { var i = i; while i < e && Bytes.isBlank(b[i]) { i += 1 }; return i }
        func titleFrom(_ i: Int) -> TextRange? {
            let t = skipBlanks(i)
            return t < e ? TextRange(t, e) : nil
        }
        if keywordMask & ~(BodyParser.numberedHeadingBit | BodyParser.letterHeadingBit) != 0 { let keywords = headingKeywords; for k in keywords.indices where keywordMask & (1 << k) != 0 {
            let (kw, level) = keywords[k]
            guard let m = kw.match(b, s, e) else { continue }
            var i = s + m.length
            guard i < e, Bytes.isBlank(b[i]) else { continue }
            i = skipBlanks(i)
            let ns = i
            if level == .phan, Bytes.hasPrefix(b, at: i, BodyParser.thu, end: e) || Bytes.hasPrefix(b, at: i, BodyParser.thuUpper, end: e) {
                // Phần thứ nhất / PHẦN THỨ HAI
                var j = i
                var words = 0
                while j < e && words < 2 { while j < e && !Bytes.isBlank(b[j]) { j += 1 }; words += 1; if words < 2 { j = skipBlanks(j) } }
                return Heading(level: .phan, keyword: TextRange(s, s + m.length), number: TextRange(ns, j), delimiter: nil, title: titleFrom(j))
            }
            while i < e && (Bytes.isDigit(b[i]) || Bytes.isASCIIUpper(b[i])) { i += 1 }
            guard i > ns else { continue }
            let isDigits = (ns..<i).allSatisfy { Bytes.isDigit(b[$0]) }
            let roman = isRoman(b, ns, i)
            guard isDigits || roman else { continue }
            // Điều 5a
            if level == .dieu, i < e, Bytes.isASCIILower(b[i]), !(i + 1 < e && Bytes.isASCIILetter(b[i + 1])) { i += 1 }
            let numberRange = TextRange(ns, i)
            var delim: TextRange?
            if i < e && (b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ":")) { delim = TextRange(i, i + 1); i += 1 }
            if i < e && !Bytes.isBlank(b[i]) { continue }  // "Điều 5," or "Mục 1a" in running text
            if delim == nil && skipBlanks(i) < e {
                // "Điều 3 của Quyết định …", "Chương 1 Thông tư này)" at a line
                // start is running text; a title on the heading's line is in
                // capitals ("Chương I QUY ĐỊNH CHUNG").
                if level == .dieu { continue }
                let rest = TextRange(skipBlanks(i), e)
                if !BodyParser.isAllCaps(b, rest) { continue }
            }
            return Heading(level: level, keyword: TextRange(s, s + m.length), number: numberRange, delimiter: delim, title: titleFrom(i))
        } }
        // I. / II.
        var i = s
        while i < e && Bytes.isASCIIUpper(b[i]) { i += 1 }
        if i > s, isRoman(b, s, i), i < e, b[i] == UInt8(ascii: "."), i + 1 == e || Bytes.isBlank(b[i + 1]) {
            return Heading(level: .romanHeading, keyword: nil, number: TextRange(s, i), delimiter: TextRange(i, i + 1), title: titleFrom(i + 1))
        }
        // 1. / 1)
        i = s
        while i < e && i - s < 3 && Bytes.isDigit(b[i]) { i += 1 }
        if i > s, i < e, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")"), i + 1 == e || Bytes.isBlank(b[i + 1]) {
            return Heading(level: .khoan, keyword: nil, number: TextRange(s, i), delimiter: TextRange(i, i + 1), title: titleFrom(i + 1))
        }
        // a) / đ)
        var letterEnd = s
        if s < e && Bytes.isASCIILower(b[s]) { letterEnd = s + 1 } else if s + 1 < e && b[s] == 0xC4 && b[s + 1] == 0x91 { letterEnd = s + 2 }
        if letterEnd > s, letterEnd < e, b[letterEnd] == UInt8(ascii: ")"), letterEnd + 1 == e || Bytes.isBlank(b[letterEnd + 1]) {
            return Heading(level: .diem, keyword: nil, number: TextRange(s, letterEnd), delimiter: TextRange(letterEnd, letterEnd + 1), title: titleFrom(letterEnd + 1))
        }
        return nil
    }

    // MARK: Helpers

    func text(_ r: TextRange) -> String { doc.cleanText(r) }
    func field(_ r: TextRange) -> Field { Field(range: r, clean: doc.clean) }

    /// Whether the range has a capital and no lower-case letter. (One
    /// `letterCase` per scalar, over the buffer: a line in capitals is read
    /// to its end. Out of line: inlined, it made the callers' loops larger
    /// than the optimiser inlines small calls into.)
    @inline(never)
    static func isAllCaps(_ b: [UInt8], _ r: TextRange) -> Bool {
        b.withUnsafeBufferPointer { p in
            var hasLetter = false
            var i = r.start
            let end = min(r.end, p.count)
            while i < end {
                let c = p[i]
                if c < 0x80 {
                    if Bytes.isASCIILower(c) { return false }
                    if Bytes.isASCIIUpper(c) { hasLetter = true }
                    i += 1
                    continue
                }
                // The lead bytes of most letters of Vietnamese text, read
                // in place as `decodeScalar` and `letterCase` read them
                // (no call per letter): C3 opens U+00C0–U+00FF, capitals
                // up to U+00DE but × and ÷ (U+00D7, U+00F7) uncased; C4
                // with a second byte up to B7 opens U+0100–U+0137 (Đ, đ),
                // and E1 with B8–BB the block U+1E00–U+1EFF: capitals at
                // even code points there.
                if c == 0xC3 || c == 0xC4, i + 1 < p.count {
                    let x = p[i + 1] & 0x3F
                    if c == 0xC3 {
                        if x == 0x17 || x == 0x37 { i += 2; continue }
                        if x > 0x1E { return false }
                        hasLetter = true; i += 2; continue
                    }
                    if x <= 0x37 {
                        if x & 1 != 0 { return false }
                        hasLetter = true; i += 2; continue
                    }
                } else if c == 0xE1, i + 2 < p.count, p[i + 1] & 0x3C == 0x38 {
                    if p[i + 2] & 1 != 0 { return false }
                    hasLetter = true; i += 3; continue
                }
                let (s, len) = Bytes.decodeScalar(p, i)
                let lc = Bytes.letterCase(s)
                if lc < 0 { return false }
                if lc > 0 { hasLetter = true }
                i += len
            }
            return hasLetter
        }
    }

    /// `wordCount(b, r) <= limit`, read no further than the word past the
    /// limit (a paragraph is not counted to its end).
    /// (Both read the bytes through a pointer, after one bounds test of
    /// the range: a line read to its end cost a bounds test per byte.)
    static func hasAtMostWords(_ b: [UInt8], _ r: TextRange, _ limit: Int) -> Bool {
        precondition(r.start >= 0 && r.end <= b.count)
        return b.withUnsafeBufferPointer { p in
            var n = 0, inWord = false
            for i in r.start..<r.end {
                if Bytes.isBlank(p[i]) { inWord = false } else if !inWord {
                    inWord = true; n += 1
                    if n > limit { return false }
                }
            }
            return true
        }
    }

    static func wordCount(_ b: [UInt8], _ r: TextRange) -> Int {
        precondition(r.start >= 0 && r.end <= b.count)
        return b.withUnsafeBufferPointer { p in
            var n = 0, inWord = false
            for i in r.start..<r.end {
                if Bytes.isBlank(p[i]) { inWord = false } else if !inWord { inWord = true; n += 1 }
            }
            return n
        }
    }

    /// A person's name: 2–6 words (split at spaces), each capitalised,
    /// letters only; in capitals, only when the first word is a family name.
    static func looksLikeName(_ b: [UInt8], _ r: TextRange) -> Bool {
        guard r.length <= 60, r.length >= 3 else { return false }
        // The first word must open with a capital: most lines fail here.
        let f = b[r.start]
        if f < 0x80 && f != 0x20 && !Bytes.isASCIIUpper(f) { return false }
        let wc = wordCount(b, r)
        guard wc >= 2 && wc <= 6 else { return false }
        return b.withUnsafeBufferPointer { p -> Bool in
            var words = 0, allCaps = true
            var firstWord = TextRange(r.start, r.start)
            var i = r.start
            while i < r.end {
                if p[i] == 0x20 { i += 1; continue }
                let ws = i
                var first = true
                while i < r.end && p[i] != 0x20 {
                    let (u, len) = Bytes.decodeScalar(p, i)
                    if first && !Bytes.isUpper(u) { return false }
                    if !(Bytes.isLetter(u) || u.value >= 0x300 && u.value <= 0x36F) { return false }
                    if Bytes.isLower(u) { allCaps = false }
                    first = false
                    i += len
                }
                if words == 0 { firstWord = TextRange(ws, i) }
                words += 1
            }
            guard words >= 2 && words <= 6 else { return false }
            if allCaps { return Vietnamese.familyNames.contains(String(decoding: p[firstWord.start..<firstWord.end], as: UTF8.self)) }
            return true
        }
    }

    /// Parses `Kính gửi: …` starting at `from` to the end of its line.
    static func parseKinhGuiLine(doc: ParseText, from: Int, lineEnd: Int) -> KinhGuiBlock? {
        let b = doc.clean
        guard let m = Keywords.kinhGui.match(b, from, lineEnd) else { return nil }
        var i = from + m.length
        let label = Field(range: TextRange(from, i), clean: doc.clean)
        while i < lineEnd && Bytes.isBlank(b[i]) { i += 1 }
        var colon: TextRange?
        if i < lineEnd && b[i] == UInt8(ascii: ":") { colon = TextRange(i, i + 1); i += 1 }
        while i < lineEnd && Bytes.isBlank(b[i]) { i += 1 }
        var items: [ListItem] = []
        if i < lineEnd {
            items.append(listItem(doc: doc, TextRange(i, lineEnd), hasMarker: false))
        }
        return KinhGuiBlock(range: TextRange(from, lineEnd), label: label, colon: colon, items: items, isInline: !items.isEmpty)
    }

    /// A list item from a trimmed line: marker, text, final punctuation.
    static func listItem(doc: ParseText, _ r: TextRange, hasMarker: Bool, stopAtFirstPeriod: Bool = false) -> ListItem {
        let b = doc.clean
        var s = r.start
        var marker: Field?
        if hasMarker {
            let (sc, len) = Bytes.decodeScalar(b, s)
            _ = sc
            marker = Field(range: TextRange(s, s + len), clean: doc.clean)
            s += len
            while s < r.end && Bytes.isBlank(b[s]) { s += 1 }
        }
        var e = r.end
        // "- Văn phòng Chính phủ<TAB>THỨ TRƯỞNG": the signature column set
        // beside the item, after a tab or a wide gap before capitals.
        if let gap = BodyParser.columnGap(b, s, e) { e = gap }
        // (The two scans below read the bytes through a pointer: every
        // index they read is below `e`, and `e <= r.end <= b.count`.)
        precondition(r.start >= 0 && r.end <= b.count)
        b.withUnsafeBufferPointer { p in
            // "- Như trên; THỨ TRƯỞNG": the signature column glued after the item.
            var i0 = s
            while i0 < e {
                if p[i0] == UInt8(ascii: ";") && (i0 + 1 == e || Bytes.isBlank(p[i0 + 1])) {
                    // "- Lưu: VT, KH; T10.": one more word of the Lưu line (the
                    // drafter's mark and the copies), not a second column.
                    if stopAtFirstPeriod, case let rest = trimEnd(b, i0 + 1, e), rest > i0 + 2,
                       p[rest - 1] == UInt8(ascii: "."), !(i0 + 2..<rest).contains(where: { Bytes.isBlank(p[$0]) }) { i0 += 1; continue }
                    e = i0 + 1; break
                }
                i0 += 1
            }
            if stopAtFirstPeriod {
                // "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG" (columns glued): stop after the first period.
                var i = s
                while i < e {
                    if p[i] == UInt8(ascii: ".") && (i + 1 == e || Bytes.isBlank(p[i + 1])) { e = i + 1; break }
                    i += 1
                }
            }
        }
        var term: Field?
        if e > s, case let c = b[e - 1], c == UInt8(ascii: ";") || c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == UInt8(ascii: ":") {
            // "./." is an end mark, keep it whole.
            term = Field(range: TextRange(e - 1, e), text: String(UnicodeScalar(b[e - 1])))
            e -= 1
        }
        var te = e
        while te > s && Bytes.isBlank(b[te - 1]) { te -= 1 }
        let itemEnd = term?.range.end ?? te
        return ListItem(range: TextRange(r.start, max(itemEnd, r.start)), marker: marker, text: Field(range: TextRange(s, te), clean: doc.clean), terminator: term)
    }

    /// Where a second column starts inside `s..<e`: a tab followed by text,
    /// or three spaces or more followed by two words or more in capitals
    /// (`THỨ TRƯỞNG`). Not after a comma, colon or opening parenthesis,
    /// where the item goes on (`- Lưu: VT,   KHTH.`). Returns the start of
    /// the gap (the item's text ends there), or nil.
    static func columnGap(_ b: [UInt8], _ s: Int, _ e: Int) -> Int? {
        // (Read through a pointer: every index read lies in `s..<e`, which
        // the test below keeps in the text.)
        precondition(s >= 0 && e <= b.count)
        return b.withUnsafeBufferPointer { p -> Int? in
            var i = s
            while i < e {
                let c = p[i]
                // (Neither a tab nor a space: most bytes, passed over at once.)
                if c > 0x20 { i += 1; continue }
                let isTab = c == 0x09
                if isTab || (c == 0x20 && i + 2 < e && p[i + 1] == 0x20 && p[i + 2] == 0x20) {
                    var j = i
                    while j < e && Bytes.isBlank(p[j]) { j += 1 }
                    let before = i > s ? p[i - 1] : 0
                    let continues = before == UInt8(ascii: ",") || before == UInt8(ascii: ":") || before == UInt8(ascii: "(")
                    if j < e, i > s, !continues {
                        let rest = TextRange(j, trimEnd(b, j, e))
                        if isTab || (isAllCaps(b, rest) && wordCount(b, rest) >= 2) { return i }
                    }
                    i = j
                    continue
                }
                i += 1
            }
            return nil
        }
    }

    /// What follows an item on its line, when a second column was glued to
    /// it ("- Như trên; THỨ TRƯỞNG"): the trimmed rest, or nil.
    static func gluedTail(_ b: [UInt8], item: ListItem, lineEnd: Int) -> TextRange? {
        var s = item.range.end
        while s < lineEnd && Bytes.isBlank(b[s]) { s += 1 }
        let e = trimEnd(b, s, lineEnd)
        return e > s ? TextRange(s, e) : nil
    }

    /// (Inline: the main loop asks it of most lines, often twice.)
    @inline(__always)
    static func isListMarker(_ b: [UInt8], _ s: Int, _ e: Int) -> Bool {
        guard s < e else { return false }
        let c = b[s]
        // "~" is how OCR often reads a "-".
        if c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: "~") {
            return s + 1 == e || Bytes.isBlank(b[s + 1]) || !(b[s + 1] == UInt8(ascii: "-"))
        }
        // • (E2 80 A2), – (E2 80 93)
        if c == 0xE2, s + 2 < e, b[s + 1] == 0x80, b[s + 2] == 0xA2 || b[s + 2] == 0x93 { return true }
        return false
    }

    // MARK: Structure stack

    mutating func push(_ h: Heading, line: Int) {
        var title = h.title.map { field($0) }
        // Title of Phần/Chương/Mục on the next line, in capitals.
        if title.isNone, h.level == .phan || h.level == .chuong || h.level == .muc || h.level == .tieuMuc {
            // The next non-blank line (within two), if in capitals.
            var k = line + 1
            while k < lines.count && k <= line + 3 && lines[k].trimmed.isEmpty { k += 1 }
            if k < lines.count && k <= line + 3 {
                let nt = lines[k].trimmed
                if !nt.isEmpty && BodyParser.isAllCaps(b, nt) && BodyParser.headingAt(b, nt.start, nt.end) == nil {
                    title = field(nt)
                    lines[k].kind = .heading
                }
            }
        }
        close(rank: h.level.rank, at: lines[line].trimmed.start)
        // (The node made in the call: it is moved onto the stack. Made
        // first in a variable, it was copied onto the stack and then
        // destroyed.)
        stack.append(StructureNode(level: h.level, range: lines[line].trimmed,
                                   keyword: h.keyword.map { field($0) }, number: field(h.number),
                                   delimiter: h.delimiter.map { field($0) }, title: title,
                                   extent: TextRange(lines[line].trimmed.start, lines[line].range.end)))
    }

    /// Pops nodes of rank ≥ `rank`, fixing their extents to end at `at`.
    mutating func close(rank: Int, at: Int) {
        // (The level read in place: `stack.last` would copy the whole node.)
        while !stack.isEmpty && stack[stack.count - 1].level.rank >= rank {
            var n = stack.removeLast()
            n.extent = TextRange(n.extent.start, max(n.extent.start, at))
            // (`consume`: the node is moved into its parent, not copied
            // and then destroyed.)
            if stack.isEmpty {
                // (Room for sixteen top-level nodes at the first.)
                if inAttachment {
                    if attachmentStructure.isEmpty { attachmentStructure.reserveCapacity(16) }
                    attachmentStructure.append(consume n)
                } else {
                    if structure.isEmpty { structure.reserveCapacity(16) }
                    structure.append(consume n)
                }
            } else {
                // Room for four children at the first: a list of three or
                // four khoản or điểm, the common case, is stored once instead
                // of moved at each growth.
                if stack[stack.count - 1].children.isEmpty { stack[stack.count - 1].children.reserveCapacity(4) }
                stack[stack.count - 1].children.append(consume n)
            }
        }
    }

    mutating func closeAll(at: Int) { close(rank: -1, at: at) }

    // MARK: Main loop

    /// The first line holding only an enacting word (`QUYẾT ĐỊNH:`), or
    /// ending with one; `Int.max` when there is none.
    func findEnactingLine() -> Int {
        let b = self.b
        // Both forms end with a colon (`isEnactingLine` tests the last
        // byte, and each glued form ends with one): only the lines that do
        // are read, from the list the line table made when there is one.
        if let colonLines {
            for l in colonLines where l >= startLine {
                let t = lines[l].trimmed
                if !t.isEmpty && BodyParser.isEnactingLine(b, t) { return l }
            }
            return Int.max
        }
        for l in startLine..<lines.count {
            let t = lines[l].trimmed
            if t.isEmpty || b[t.end - 1] != UInt8(ascii: ":") { continue }
            if BodyParser.isEnactingLine(b, t) { return l }
        }
        return Int.max
    }

    /// Whether a non-empty trimmed line holds only an enacting word and a
    /// colon (`QUYẾT ĐỊNH:`), or ends with a glued one.
    static func isEnactingLine(_ b: [UInt8], _ t: TextRange) -> Bool {
        if let m = Keywords.enacting.match(b, t.start, t.end) {
            var i = t.start + m.length
            while i < t.end && (Bytes.isBlank(b[i]) || b[i] == UInt8(ascii: ":")) { i += 1 }
            if i == t.end && b[t.end - 1] == UInt8(ascii: ":") { return true }
        }
        for w in gluedEnacting where t.length > w.count && Bytes.hasPrefix(b, at: t.end - w.count, w) { return true }
        return false
    }

    static let gluedEnacting = [Array("QUYẾT ĐỊNH:".utf8), Array("QUYẾT NGHỊ:".utf8)]

    mutating func run() {
        // One reference to the text for the whole loop (`self.b` goes
        // through `doc` at every read).
        let b = self.b
        let n = lines.count
        let enactingLineIndex = findEnactingLine()
        // The keyword sets tried on every line, read once (each read of a
        // static costs a `swift_once` check).
        let kwAuthorityPrefixes = Keywords.authorityPrefixes, kwKinhGui = Keywords.kinhGui, kwNoiNhan = Keywords.noiNhan
        let kwLuu = Keywords.luu, kwSignedMarks = Keywords.signedMarks, kwEnacting = Keywords.enacting
        let kwCanCu = Keywords.canCu, kwPreambleOthers = Keywords.preambleOthers
        let headingMasks = BodyParser.headingKeywordMask, headingPairs = BodyParser.headingPairFilter
        let openerMasks = BodyParser.lineOpenerMask
        var inPreamble = true
        var inClosing = false
        var afterEndMark = false
        var noiNhanItems: [ListItem] = []
        var inNoiNhan = false
        var sigAuthority: [Field] = [], sigTitles: [Field] = []
        var sigStart: Int?
        var kinhGuiOpen = false
        /// A piece of the signature column glued to a Nơi nhận line.
        func absorb(_ t: TextRange) {
            let words = BodyParser.wordCount(b, t)
            if kwAuthorityPrefixes.match(b, t.start, t.end) != nil && words <= 10 {
                sigAuthority.append(field(t)); sigStart = sigStart ?? t.start
            } else if BodyParser.isAllCaps(b, t) && words <= 12 {
                if (!sigTitles.isEmpty || !sigAuthority.isEmpty) && sigName.isNone && BodyParser.looksLikeName(b, t) { sigName = field(t) }
                else if sigName.isNone { sigTitles.append(field(t)); sigStart = sigStart ?? t.start }
            } else if sigName.isNone, !sigTitles.isEmpty || !sigAuthority.isEmpty, BodyParser.looksLikeName(b, t) {
                sigName = field(t)
            }
        }

        func finishPreamble(_ p: inout PreambleItem?, _ out: inout [PreambleItem]) {
            // (Room for eight căn cứ at the first: the list is stored once
            // or twice, not moved at each doubling.)
            if let x = p { if out.isEmpty { out.reserveCapacity(8) }; out.append(x) }
            p = nil
        }

        let typedOrNoVv = self.typedOrNoVv
        let endMarkIndex = endMarkStarts.map { OccurrenceIndex(offsets: $0, length: BodyParser.endMark.count) }
            ?? OccurrenceIndex(of: BodyParser.endMark, in: b)
        // (Lines are read in order, so the line's start never decreases.)
        var endMarkCursor = 0
        // The end mark at the cursor (`Int.max` past the last): a line that
        // ends before it holds none, and is not searched.
        let endMarkOffsets = endMarkIndex.offsets
        var nextEndMark = endMarkOffsets.first ?? Int.max
        var l = startLine
        while l < n {
            let t = lines[l].trimmed
            let s = max(t.start, l == startLine ? min(headerEnd, t.end) : t.start)
            let e = t.end
            if s >= e { l += 1; continue }
            if lines[l].kind == .decoration || lines[l].kind == .noise { l += 1; continue }
            let r = TextRange(s, e)
            // The keyword sets below that may open the line (`s < e`, so
            // `b[s]` is in bounds): a set whose bit is clear would fail its
            // own first-byte test, and is not asked.
            let opener = openerMasks[Int(b[s])]

            // End marks anywhere in the line.
            if nextEndMark < e {
                if let k = endMarkIndex.first(in: s, e, cursor: &endMarkCursor) {
                    endMarks.append(TextRange(k, k + 3))
                    afterEndMark = true
                }
                nextEndMark = endMarkCursor < endMarkOffsets.count ? endMarkOffsets[endMarkCursor] : Int.max
            }

            // Kính gửi
            // (The keyword's first-byte test before the arrays' emptiness,
            // which costs a call each.)
            if opener & BodyParser.openerKinhGui != 0, kinhGui.isNone, !inClosing, kwKinhGui.match(b, s, e) != nil, structure.isEmpty, stack.isEmpty {
                kinhGui = BodyParser.parseKinhGuiLine(doc: doc, from: s, lineEnd: e)
                lines[l].kind = .kinhGui
                kinhGuiOpen = !(kinhGui?.isInline ?? true)
                l += 1
                continue
            }
            if kinhGuiOpen {
                if BodyParser.isListMarker(b, s, e) {
                    let item = BodyParser.listItem(doc: doc, r, hasMarker: true)
                    kinhGui?.items.append(item)
                    if let kg = kinhGui { kinhGui?.range = TextRange(kg.range.start, e) }
                    lines[l].kind = .kinhGui
                    l += 1
                    continue
                }
                kinhGuiOpen = false
            }

            // Nơi nhận
            if opener & BodyParser.openerNoiNhan != 0, kwNoiNhan.match(b, s, e) != nil, noiNhan.isNone, noiNhanLabel.isNone {
                let m = kwNoiNhan.match(b, s, e)!
                var i = s + m.length
                let label = field(TextRange(s, i))
                while i < e && Bytes.isBlank(b[i]) { i += 1 }
                var colon: TextRange?
                if i < e && b[i] == UInt8(ascii: ":") { colon = TextRange(i, i + 1); i += 1 }
                // "Nơi nhận: [ghi tên …]" in a form is a field, not the block.
                var rest = i
                while rest < e && Bytes.isBlank(b[rest]) { rest += 1 }
                if rest < e, Bytes.find(Array("__".utf8), in: b, from: rest, to: e) != nil || Bytes.find(Array("[".utf8), in: b, from: rest, to: e) != nil
                    || Bytes.find(Array("...".utf8), in: b, from: rest, to: e) != nil || Bytes.find(Array("…".utf8), in: b, from: rest, to: e) != nil {
                    l += 1
                    continue
                }
                // "Nơi nhận báo cáo tài chính …": a sentence, not the label. Without
                // a colon, only a list item or the glued signature column may follow.
                if colon == nil, rest < e, !BodyParser.isListMarker(b, rest, e), !BodyParser.isAllCaps(b, TextRange(rest, e)) {
                    l += 1
                    continue
                }
                noiNhanLabel = (label, colon)
                inNoiNhan = true
                inClosing = true
                lines[l].kind = .noiNhan
                closeAll(at: s)
                finishPreamble(&currentPreamble, &preamble)
                // Items glued on the label's line ("Nơi nhận: - Như trên;"), or
                // the signature column glued to it ("Nơi nhận: KT. BỘ TRƯỞNG").
                while i < e && Bytes.isBlank(b[i]) { i += 1 }
                if i < e && BodyParser.isListMarker(b, i, e) {
                    let item = BodyParser.listItem(doc: doc, TextRange(i, e), hasMarker: true)
                    if BodyParser.isAllCaps(b, item.text.range), item.terminator?.text != ";" {
                        // "Nơi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM": the signature column.
                        absorb(item.text.range)
                    } else {
                        if noiNhanItems.isEmpty { noiNhanItems.reserveCapacity(8) }
                        noiNhanItems.append(item)
                        if let tail = BodyParser.gluedTail(b, item: item, lineEnd: e) { absorb(tail) }
                    }
                } else if i < e {
                    absorb(TextRange(i, e))
                }
                l += 1
                continue
            }
            if inNoiNhan {
                if BodyParser.isListMarker(b, s, e) {
                    let isLuu = { () -> Bool in
                        var k = s + 1
                        while k < e && Bytes.isBlank(b[k]) { k += 1 }
                        return kwLuu.match(b, k, e) != nil
                    }()
                    let item = BodyParser.listItem(doc: doc, r, hasMarker: true, stopAtFirstPeriod: isLuu)
                    // (Room for eight items at the first.)
                    if noiNhanItems.isEmpty { noiNhanItems.reserveCapacity(8) }
                    noiNhanItems.append(item)
                    if let tail = BodyParser.gluedTail(b, item: item, lineEnd: e) { absorb(tail) }
                    lines[l].kind = .noiNhanItem
                    if isLuu { inNoiNhan = false }
                    l += 1
                    continue
                }
                // Continuation of an item broken over lines.
                // After a comma the next line continues the item even in
                // capitals ("các Vụ: CN,\nKTTH, NN, TCCV;").
                if let last = noiNhanItems.last, last.terminator.isNone || last.terminator?.text == ",",
                   !BodyParser.isAllCaps(b, r) || (last.terminator?.text == "," && Bytes.find([UInt8(ascii: ",")], in: b, from: s, to: e) != nil),
                   opener & BodyParser.openerAuthority == 0 || kwAuthorityPrefixes.match(b, s, e) == nil {
                    let merged = BodyParser.listItem(doc: doc, TextRange(last.range.start, e), hasMarker: true)
                    noiNhanItems[noiNhanItems.count - 1] = merged
                    lines[l].kind = .noiNhanItem
                    l += 1
                    continue
                }
                // A signature line set between the items (the two columns
                // interleaved by the conversion) leaves the list open.
                if !BodyParser.isAllCaps(b, r) { inNoiNhan = false }
            }

            // Whether the line is in capitals, read once for the two tests
            // below that ask it after the closing part has begun (neither
            // `inClosing` nor `afterEndMark` changes between them).
            let closingCaps = (inClosing || afterEndMark) && BodyParser.isAllCaps(b, r)
            // Attached document: a type-name line followed by "(Ban hành kèm theo …)".
            if closingCaps, isAttachmentStart(line: l) {
                closeAll(at: s)
                if inAttachment, let last = attachments.indices.last {
                    attachments[last].structure = attachmentStructure
                }
                attachmentStructure = []
                inAttachment = true
                inClosing = false
                afterEndMark = false
                inNoiNhan = false
                var attachedBy: Field?
                for k in (l + 1)..<min(n, l + 6) {
                    let tk = lines[k].trimmed
                    if !tk.isEmpty, Bytes.find(BodyParser.kemTheo, in: b, from: tk.start, to: tk.end) != nil || Bytes.find(BodyParser.kemTheoCap, in: b, from: tk.start, to: tk.end) != nil {
                        attachedBy = field(tk)
                        lines[k].kind = .attachmentHeader
                        break
                    }
                }
                attachments.append(Attachment(range: TextRange(s, b.count), typeName: field(r), attachedBy: attachedBy, structure: []))
                lines[l].kind = .attachmentHeader
                l += 1
                continue
            }

            // Signature lines.
            let prefix = opener & BodyParser.openerAuthority != 0 ? kwAuthorityPrefixes.match(b, s, e) : nil
            // (`signature` is built after this loop, so it is nil here.)
            if prefix != nil || inClosing || afterEndMark {
                let isCapsLine = (inClosing || afterEndMark ? closingCaps : BodyParser.isAllCaps(b, r)) && BodyParser.hasAtMostWords(b, r, 12)
                if let _ = prefix, isCapsLine || BodyParser.hasAtMostWords(b, r, 8), (inClosing || afterEndMark || l > n / 2) {
                    sigAuthority.append(field(r)); sigStart = sigStart ?? s
                    inClosing = true
                    lines[l].kind = .signature
                    closeAll(at: s)
                    l += 1
                    continue
                }
                if inClosing || afterEndMark {
                    if opener & BodyParser.openerSignedMarks != 0, kwSignedMarks.match(b, s, e) != nil { lines[l].kind = .signature; l += 1; continue }
                    if isCapsLine && sigName.isNone {
                        if !sigTitles.isEmpty || !sigAuthority.isEmpty, BodyParser.looksLikeName(b, r) {
                            sigName = field(r)
                        } else {
                            sigTitles.append(field(r))
                        }
                        sigStart = sigStart ?? s
                        inClosing = true
                        lines[l].kind = .signature
                        closeAll(at: s)
                        l += 1
                        continue
                    }
                    if sigName.isNone, !sigTitles.isEmpty || !sigAuthority.isEmpty, BodyParser.looksLikeName(b, r) {
                        sigName = field(r)
                        lines[l].kind = .signature
                        l += 1
                        continue
                    }
                }
            }

            // Enacting line.
            if opener & BodyParser.openerEnacting != 0, enacting.isNone, !inClosing, let m = kwEnacting.match(b, s, e) {
                var i = s + m.length
                while i < e && (Bytes.isBlank(b[i]) || b[i] == UInt8(ascii: ":")) { i += 1 }
                if i == e {
                    enacting = field(r)
                    lines[l].kind = .enacting
                    finishPreamble(&currentPreamble, &preamble)
                    inPreamble = false
                    l += 1
                    continue
                }
            }
            if enacting.isNone, inPreamble, !preamble.isEmpty || !currentPreamble.isNone,
               currentPreamble?.terminator?.text != ",", BodyParser.isEnactingSentence(b, r) {
                // "Chính phủ ban hành Nghị định …", "Bộ trưởng … ban hành Thông tư …".
                finishPreamble(&currentPreamble, &preamble)
                enacting = field(r)
                lines[l].kind = .enacting
                inPreamble = false
                l += 1
                continue
            }
            if enacting.isNone, inPreamble, !currentPreamble.isNone || !preamble.isEmpty {
                // "…, QUYẾT ĐỊNH:" glued at the end of the last căn cứ.
                // (The words' bytes made once, not twice per line.)
                for wb in BodyParser.gluedEnacting {
                    if e - s > wb.count, Bytes.hasPrefix(b, at: e - wb.count, wb) {
                        enacting = field(TextRange(e - wb.count, e))
                    }
                }
            }

            // Headings.
            if !inClosing, let h = BodyParser.headingAt(b, s, e, masks: headingMasks, pairs: headingPairs) {
                // A khoản/điểm numbering inside the preamble is not structure.
                finishPreamble(&currentPreamble, &preamble)
                inPreamble = false
                push(h, line: l)
                lines[l].kind = .heading
                l += 1
                continue
            }

            // Preamble (căn cứ …) of typed documents.
            if inPreamble, !inClosing, typedOrNoVv {
                let isCanCu = opener & BodyParser.openerCanCu != 0 && kwCanCu.match(b, s, e) != nil
                let isOther = !isCanCu && opener & BodyParser.openerPreambleOthers != 0 && (!currentPreamble.isNone || !preamble.isEmpty)
                    && kwPreambleOthers.match(b, s, e) != nil
                if isCanCu || isOther {
                    finishPreamble(&currentPreamble, &preamble)
                    let kind: PreambleItem.Kind = isCanCu ? .canCu : BodyParser.preambleKind(kwPreambleOthers.match(b, s, e)!.word)
                    currentPreamble = PreambleItem(kind: kind, range: r, terminator: BodyParser.terminator(b, r))
                    if !enacting.isNone, let en = enacting, en.range.start > s {
                        currentPreamble?.range = TextRange(s, max(s, en.range.start))
                        currentPreamble?.terminator = BodyParser.terminator(b, TextRange(s, BodyParser.trimEnd(b, s, en.range.start)))
                    }
                    lines[l].kind = .preamble
                    if !enacting.isNone { finishPreamble(&currentPreamble, &preamble); inPreamble = false }
                    l += 1
                    continue
                }
                if var p = currentPreamble, p.terminator.isNone || p.terminator?.text == ":" || l < enactingLineIndex && !lines[l - 1].trimmed.isEmpty {
                    // Continuation of a căn cứ broken over lines (before the
                    // enacting line, whatever punctuation the wrap fell on).
                    p.range = TextRange(p.range.start, e)
                    p.terminator = BodyParser.terminator(b, p.range)
                    if let en = enacting, en.range.start >= s {
                        p.range = TextRange(p.range.start, BodyParser.trimEnd(b, s, en.range.start))
                        p.terminator = BodyParser.terminator(b, p.range)
                    }
                    currentPreamble = p
                    lines[l].kind = .preamble
                    if !enacting.isNone { finishPreamble(&currentPreamble, &preamble); inPreamble = false }
                    l += 1
                    continue
                }
                if var p = currentPreamble, nextLineOpensPreamble(after: l) {
                    // A căn cứ's second document on its own line ("Luật sửa
                    // đổi, bổ sung …;") before the next căn cứ: same item.
                    p.range = TextRange(p.range.start, e)
                    p.terminator = BodyParser.terminator(b, TextRange(s, e))
                    currentPreamble = p
                    lines[l].kind = .preamble
                    l += 1
                    continue
                }
                if !currentPreamble.isNone || !preamble.isEmpty {
                    finishPreamble(&currentPreamble, &preamble)
                    inPreamble = false
                } else if l > startLine + 3 {
                    inPreamble = false
                } else if BodyParser.isAllCaps(b, r), preamble.isEmpty, authorityBeforePreamble.isNone,
                          Keywords.isAuthorityStart(text(r).vbUpper) {
                    authorityBeforePreamble = field(r)
                    lines[l].kind = .title
                    l += 1
                    continue
                }
            }

            if BodyParser.isListMarker(b, s, e) { lines[l].kind = .listItem } else if endMarks.last.map({ r.contains($0.start) }) ?? false { lines[l].kind = .endMark }
            l += 1
        }
        finishPreamble(&currentPreamble, &preamble)
        closeAll(at: b.count)
        if inAttachment, let last = attachments.indices.last { attachments[last].structure = attachmentStructure }
        if let (label, colon) = noiNhanLabel {
            let end = noiNhanItems.last?.range.end ?? label.range.end
            noiNhan = NoiNhanBlock(range: TextRange(label.range.start, end), label: label, colon: colon, items: noiNhanItems,
                                   luuIndex: noiNhanItems.lastIndex { kwLuu.match(b, $0.text.range.start, $0.text.range.end) != nil })
        }
        if !sigAuthority.isEmpty || !sigTitles.isEmpty {
            let all = (sigAuthority + sigTitles + (sigName.map { [$0] } ?? [])).map(\.range)
            let start = all.map(\.start).min() ?? sigStart ?? 0
            let end = all.map(\.end).max() ?? start
            signature = SignatureBlock(range: TextRange(start, end), authorityLines: sigAuthority, titleLines: sigTitles, name: sigName)
        }
    }

    static let attachmentNames: [String] = DocumentTypes.upperNamesLongestFirst.map(\.name) + ["PHỤ LỤC"]
    static let attachmentNamesAndBlank: [String] = attachmentNames.map { $0 + " " }
    /// Whether every name in `attachmentNames` passes `bytesDecideEquality`.
    static let attachmentNamesDecideByBytes = attachmentNames.allSatisfy(bytesDecideEquality)

    /// Whether every scalar of `s` is below U+0300 or in U+1E00–U+1EFF
    /// (the precomposed Vietnamese letters): no such scalar combines with
    /// another, decomposes into one of them or changes under NFC, so two
    /// such texts are canonically equivalent (`==`) exactly when their
    /// bytes are equal, and the bytes are compared without the
    /// normalisation-aware comparison `==` makes of non-ASCII texts.
    static func bytesDecideEquality(_ s: String) -> Bool {
        // Lead bytes C2–CB open the scalars U+0080–U+02FF; E1 B8–BB the
        // block U+1E00–U+1EFF. Continuation bytes are passed over.
        var it = s.utf8.makeIterator()
        while let c = it.next() {
            if c < 0xCC || c & 0xC0 == 0x80 { continue }
            guard c == 0xE1, let d = it.next(), d >= 0xB8 && d <= 0xBB else { return false }
        }
        return true
    }
    static let attachmentFirstWords: [[UInt8]] = Array(Set(attachmentNames.compactMap { $0.split(separator: " ").first.map { Array($0.utf8) } }))
    /// `attachmentFirstWords` for matching at a position (a probe reads the
    /// few words sharing the first two bytes instead of every word).
    static let attachmentFirstWordIndex = PhraseIndex(attachmentFirstWords)
    /// For each of `attachmentFirstWords` (by index, the id its match in
    /// `attachmentFirstWordIndex` reports), the indices of the
    /// `attachmentNames` whose first word it is. A line whose first word
    /// (to a blank or a colon) is that word can open with or be no other
    /// name: no name holds a tab or a colon, so a name's first word ends
    /// where the line's does. (The line's first word, a name's first word
    /// in capitals, is left as it is by `vbUpper`.)
    static let attachmentNamesByFirstWord: [[Int]] = attachmentFirstWords.map { word in
        attachmentNames.indices.filter { attachmentNames[$0].split(separator: " ").first.map { Array($0.utf8) } == word }
    }
    static let banHanh: [UInt8] = Array(" ban hành ".utf8)
    static let endMark: [UInt8] = Array("./.".utf8)
    static let thu: [UInt8] = Array("thứ".utf8)
    static let thuUpper: [UInt8] = Array("THỨ".utf8)
    static let kemTheo: [UInt8] = Array("kèm theo".utf8)
    static let kemTheoCap: [UInt8] = Array("Kèm theo".utf8)
    /// Per byte: bit k set when `headingKeywords[k]` may open with it, and
    /// `numberedHeadingBit` when a heading without a keyword may: a Roman
    /// numeral (`I.`), a number (`1.`, `1)`) or `đ)` (`letterHeadingBit`
    /// for the ASCII letter of `a)`).
    /// A byte with no bit set opens no heading.
    static let headingKeywordMask: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for (k, (kw, _)) in headingKeywords.enumerated() { for c in kw.firstBytes { t[Int(c)] |= 1 << k } }
        for c in "IVXLC0123456789".utf8 { t[Int(c)] |= numberedHeadingBit }
        for c in "abcdefghijklmnopqrstuvwxyz".utf8 { t[Int(c)] |= letterHeadingBit }
        t[0xC4] |= numberedHeadingBit  // đ
        return t
    }()

    /// Per byte: a bit for each keyword set the main loop tries on every
    /// line (`openerKinhGui` …) that may open with the byte. One read per
    /// line turns away the sets that cannot match there, instead of each
    /// set's own first-byte test (a bounds check and a table read each).
    static let lineOpenerMask: [UInt8] = {
        let sets: [(KeywordSet, UInt8)] = [
            (Keywords.kinhGui, openerKinhGui), (Keywords.noiNhan, openerNoiNhan), (Keywords.authorityPrefixes, openerAuthority),
            (Keywords.signedMarks, openerSignedMarks), (Keywords.enacting, openerEnacting), (Keywords.canCu, openerCanCu),
            (Keywords.preambleOthers, openerPreambleOthers),
        ]
        var t = [UInt8](repeating: 0, count: 256)
        for (set, bit) in sets { for c in set.firstBytes { t[Int(c)] |= bit } }
        return t
    }()
    static let openerKinhGui: UInt8 = 1 << 0
    static let openerNoiNhan: UInt8 = 1 << 1
    static let openerAuthority: UInt8 = 1 << 2
    static let openerSignedMarks: UInt8 = 1 << 3
    static let openerEnacting: UInt8 = 1 << 4
    static let openerCanCu: UInt8 = 1 << 5
    static let openerPreambleOthers: UInt8 = 1 << 6

    /// See `headingKeywordMask` (`headingKeywords` use the bits below them).
    static let numberedHeadingBit: UInt8 = 0x80
    /// The bit of a lower-case ASCII letter, which opens only `a)`.
    static let letterHeadingBit: UInt8 = 0x40

    /// Bit `first << 8 | second` set when a heading may open with these two
    /// bytes (65,536 bits). A superset of what `headingAt` accepts:
    /// - a keyword's first byte followed by the second byte of any of its
    ///   forms (in any casing);
    /// - a capital with a first-byte bit followed by a capital or `.` (the
    ///   Roman numeral of `II.`, tried after any keyword);
    /// - a digit followed by a digit, `.` or `)` (`12.`, `1)`);
    /// - a lower-case ASCII letter followed by `)` (`a)`), and the `0xC4`
    ///   of `đ` followed by its `0x91` (`đ)`).
    static let headingPairFilter: [UInt64] = {
        var t = [UInt64](repeating: 0, count: 65_536 / 64)
        func set(_ a: UInt8, _ c: UInt8) { let k = Int(a) << 8 | Int(c); t[k >> 6] |= 1 << UInt64(k & 63) }
        let masks = headingKeywordMask
        for (kw, _) in headingKeywords {
            var seconds: Set<UInt8> = []
            for w in kw.words {
                let lower = w.lowercased()
                let cap = (lower.first.map { String($0).uppercased() } ?? "") + lower.dropFirst()
                for f in [w, lower, w.uppercased(), cap] {
                    let bytes = Array(f.utf8)
                    if bytes.count >= 2 { seconds.insert(bytes[1]) }
                }
            }
            for a in kw.firstBytes { for c in seconds { set(a, c) } }
        }
        for a in UInt8(ascii: "A")...UInt8(ascii: "Z") where masks[Int(a)] != 0 {
            for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { set(a, c) }
            set(a, UInt8(ascii: "."))
        }
        for a in UInt8(ascii: "0")...UInt8(ascii: "9") {
            for c in UInt8(ascii: "0")...UInt8(ascii: "9") { set(a, c) }
            set(a, UInt8(ascii: ".")); set(a, UInt8(ascii: ")"))
        }
        for a in UInt8(ascii: "a")...UInt8(ascii: "z") { set(a, UInt8(ascii: ")")) }
        set(0xC4, 0x91)
        return t
    }()

    static let headingKeywords: [(KeywordSet, StructureLevel)] = [
        (Keywords.tieuMuc, .tieuMuc), (Keywords.phan, .phan), (Keywords.chuong, .chuong), (Keywords.muc, .muc), (Keywords.dieu, .dieu),
    ]

    /// A normative document's enacting sentence: an authority, `ban hành`,
    /// a type name, within the first words of the line.
    static func isEnactingSentence(_ b: [UInt8], _ r: TextRange) -> Bool {
        guard r.length < 400, let k = Bytes.find(banHanh, in: b, from: r.start, to: min(r.end, r.start + 120)) else { return false }
        guard Bytes.isASCIIUpper(b[r.start]) || b[r.start] >= 0xC3 else { return false }
        // "Căn cứ Quyết định … của Thủ tướng Chính phủ ban hành Chương trình …"
        // cites what another text enacted: a căn cứ, not the enacting line.
        // ("Theo đề nghị của Bộ trưởng …, Chính phủ ban hành Nghị định …" is one.)
        if Keywords.canCu.match(b, r.start, r.end) != nil { return false }
        // A type name written in the forty bytes after `ban hành`, compared
        // in place (as the prefix of the string those bytes make: the
        // names are whole characters, so a character cut at the end of
        // the forty bytes is never part of a match).
        let start = k + banHanh.count, end = min(r.end, start + 40)
        return typeNameBytes.contains { name in name.count <= end - start && Bytes.hasPrefix(b, at: start, name) }
    }

    /// `DocumentTypes.all`'s names, as bytes.
    static let typeNameBytes: [[UInt8]] = DocumentTypes.all.map { Array($0.name.utf8) }

    static func preambleKind(_ word: Int) -> PreambleItem.Kind {
        switch word {
        case 0, 2: return .xet
        case 5: return .other
        default: return .theo
        }
    }

    static func trimEnd(_ b: [UInt8], _ s: Int, _ e: Int) -> Int {
        var e = e
        while e > s && Bytes.isBlank(b[e - 1]) { e -= 1 }
        return e
    }

    static func terminator(_ b: [UInt8], _ r: TextRange) -> Field? {
        let e = trimEnd(b, r.start, r.end)
        guard e > r.start else { return nil }
        let c = b[e - 1]
        if c == UInt8(ascii: ";") || c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == UInt8(ascii: ":") {
            return Field(range: TextRange(e - 1, e), text: String(UnicodeScalar(c)))
        }
        return nil
    }

    /// Whether the next non-blank line starts a căn cứ or a `Theo đề nghị`.
    func nextLineOpensPreamble(after l: Int) -> Bool {
        var k = l + 1
        while k < lines.count && k <= l + 2 {
            let t = lines[k].trimmed
            if t.isEmpty || lines[k].kind == .noise { k += 1; continue }
            return Keywords.canCu.match(b, t.start, t.end) != nil || Keywords.preambleOthers.match(b, t.start, t.end) != nil
        }
        return false
    }

    func isAttachmentStart(line l: Int) -> Bool {
        let t = lines[l].trimmed
        guard t.length <= 160 else { return false }
        // Cheap filter: the first word must open a type name or "PHỤ LỤC".
        var w = t.start
        while w < t.end && !Bytes.isBlank(b[w]) && b[w] != UInt8(ascii: ":") { w += 1 }
        let firstWordLength = w - t.start
        guard let first = BodyParser.attachmentFirstWordIndex.match(b, at: t.start, end: w, accept: { _, len in len == firstWordLength })
        else { return false }
        let up = text(t).vbUpper
        // (The byte comparisons first: a line that goes on after the name,
        // the common case, is then not compared with every name as a
        // `String`, which costs a normalisation-aware comparison each.)
        // (Whole names compared byte for byte when both sides are texts
        // whose bytes alone decide `==`: see `bytesDecideEquality`.)
        let byBytes = BodyParser.attachmentNamesDecideByBytes && BodyParser.bytesDecideEquality(up)
        // (Only the names opening with the line's first word can open the
        // line or be it: see `attachmentNamesByFirstWord`.)
        let names = BodyParser.attachmentNames, namesAndBlank = BodyParser.attachmentNamesAndBlank
        let candidates = BodyParser.attachmentNamesByFirstWord[first.id]
        let isTypeName = candidates.contains { up.utf8HasPrefix(namesAndBlank[$0]) }
            || candidates.contains { byBytes ? up.utf8Equals(names[$0]) : up == names[$0] }
        guard isTypeName else { return false }
        if Bytes.find(BodyParser.kemTheo, in: b, from: t.start, to: t.end) != nil { return true }
        for k in (l + 1)..<min(lines.count, l + 6) {
            let tk = lines[k].trimmed
            if tk.isEmpty { continue }
            if Keywords.attachedBy.match(b, tk.start, tk.end) != nil { return true }
            if Bytes.find(BodyParser.kemTheo, in: b, from: tk.start, to: tk.end) != nil { return true }
        }
        return false
    }
}

extension Optional {
    /// Whether the optional is empty, tested without copying the wrapped
    /// value (`x == nil` copies it, which costs on large structs in a loop).
    @inline(__always)
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// `!isNone` (for `x != nil`, which copies the wrapped value too).
    @inline(__always)
    var isSome: Bool { !isNone }
}
