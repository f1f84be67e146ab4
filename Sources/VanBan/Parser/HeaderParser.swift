/// A run of non-blank bytes in the markup-free view of the header.
struct Token {
    var range: TextRange
    /// The token's bytes: a slice of the markup-free text, or of the pieces
    /// of a word that emphasis split (`ng**ày`) joined.
    var bytes: ArraySlice<UInt8>
    var line: Int
    /// The first byte of `key` for a letter (ASCII lower-cased), to skip
    /// comparisons cheaply.
    var first: UInt8
    var hasLower: Bool
    var hasLetter: Bool

    /// The token as a string, made when asked (most tokens are only
    /// tested by `first`, `hasLower` and their bytes).
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A token whose flags the caller found as it read the bytes
    /// (`HeaderParser.tokenize`): `first` is the first byte, ASCII
    /// lower-cased; `hasLetter` and `hasLower` whether any scalar is a letter
    /// (`Bytes.isLetter`) or lower-case (`Bytes.isLower`).
    init(range: TextRange, bytes: ArraySlice<UInt8>, line: Int, first: UInt8, hasLower: Bool, hasLetter: Bool) {
        self.range = range
        self.bytes = bytes
        self.line = line
        self.first = first
        self.hasLower = hasLower
        self.hasLetter = hasLetter
    }

    /// Lower case, trailing punctuation `,;:.` removed.
    /// (Each form made alone, from the bytes: `Vietnamese.tokenKeys(text)`
    /// made the text and both forms for either.)
    var key: String { Vietnamese.tokenKey(bytes, plain: false) }
    /// `key` without diacritics (`Vietnamese.stripDiacritics`).
    var plain: String { Vietnamese.tokenKey(bytes, plain: true) }
}

/// Finds the header fields (ô 1–5 of NĐ 30/2020 Phụ lục I) in the first lines.
///
/// Works on tokens, not lines, so that fields broken over lines, glued by
/// Markdown, or set side by side in a table all read the same.
struct HeaderParser {
    /// The document's text and line table (not the `Document`: see `ParseText`).
    let doc: ParseText
    var header = Header()
    var title: TitleBlock?
    var kinhGuiInline: KinhGuiBlock?
    /// Byte offset where the body starts.
    var headerEnd = 0
    var bodyStartLine = 0
    var tokens: [Token] = []
    /// Where every `./.` of the text starts, in order (`InlineScanner.scan`
    /// finds them), or nil to search each line for one.
    let endMarkStarts: [Int]?

    static let maxHeaderLines = 90
    static let maxHeaderBytes = 12_000

    init(doc: Document, endMarkStarts: [Int]? = nil) {
        self.init(text: ParseText(doc), endMarkStarts: endMarkStarts)
    }

    init(text: ParseText, endMarkStarts: [Int]? = nil) {
        self.doc = text
        self.endMarkStarts = endMarkStarts
    }

    mutating func run() {
        findHeaderEnd()
        tokenize()
        findQuocHieu()
        findTieuNgu()
        findNumber()
        findPlaceDate()
        if header.number.isNone { findUnlabelledNumber() }
        findVv()
        findTitle()
        findVeViecLine()
        findAgencyLines()
        findMarks()
        shrinkToFields()
    }

    /// When the header search ran on (no Kính gửi, căn cứ or heading opened
    /// the body, as in a giấy mời), the body starts on the line after the
    /// last header field found.
    mutating func shrinkToFields() {
        guard kinhGuiInline == nil else { return }
        var last = -1
        for r in [header.number?.range, header.placeDate?.range, header.quocHieu?.range, header.tieuNgu?.range,
                  title?.typeName?.range, title?.subject?.range, title?.authority?.range, title?.vv?.range] {
            if let r { last = max(last, r.end) }
        }
        for a in header.agencyLines { last = max(last, a.range.end) }
        if last < 0 {
            // No header field at all (a snippet, a note): everything is body.
            bodyStartLine = 0
            headerEnd = 0
            return
        }
        let line = doc.source.line(of: last) + 1
        guard line < bodyStartLine, line < doc.lines.count else { return }
        bodyStartLine = line
        headerEnd = doc.lines[line].range.start
    }

    // MARK: Region

    /// The body starts at the first line that opens it (Kính gửi, Căn cứ,
    /// Điều 1, …) or at `Kính gửi` inside a header line.
    mutating func findHeaderEnd() {
        let lines = doc.lines
        let b = doc.clean
        let limitLine = min(lines.count, HeaderParser.maxHeaderLines)
        var end = lines.isEmpty ? 0 : lines[limitLine - 1].range.end
        var endLine = limitLine
        if end > HeaderParser.maxHeaderBytes {
            let l = doc.source.line(of: HeaderParser.maxHeaderBytes)
            end = lines[l].range.start
            endLine = l
        }
        var sawField = false
        // The keyword sets tried on every line, read once (a static read costs a `swift_once` check).
        let kwKinhGui = Keywords.kinhGui, kwBodyOpeners = Keywords.bodyOpeners, kwNoiNhan = Keywords.noiNhan, kwEnacting = Keywords.enacting
        let kwSo = Keywords.so, kwNgay = Keywords.ngay
        let headingMasks = BodyParser.headingKeywordMask, headingPairs = BodyParser.headingPairFilter
        // Whether an end mark lies whole in `s..<e` (`Bytes.find` of `./.`),
        // read from the list of end marks when there is one: the lines are
        // read in order, so a cursor moves over it once.
        let endMarks = endMarkStarts, markLength = BodyParser.endMark.count
        var markCursor = 0
        func hasEndMark(_ s: Int, _ e: Int) -> Bool {
            guard let endMarks else { return Bytes.find(BodyParser.endMark, in: b, from: s, to: e) != nil }
            while markCursor < endMarks.count && endMarks[markCursor] < s { markCursor += 1 }
            return markCursor < endMarks.count && endMarks[markCursor] + markLength <= e
        }
        for l in 0..<limitLine {
            let t = lines[l].trimmed
            if t.start >= end { break }
            if t.isEmpty { continue }
            // "Kính gửi" anywhere in the line.
            if let k = HeaderParser.findWord(kwKinhGui, in: b, t.start, t.end) {
                if k == t.start { end = t.start; endLine = l } else {
                    end = k; endLine = l + 1
                    kinhGuiInline = BodyParser.parseKinhGuiLine(doc: doc, from: k, lineEnd: t.end)
                }
                break
            }
            // "Căn cứ" never belongs to a header; the other openers only after a field.
            if let m = kwBodyOpeners.match(b, t.start, t.end), m.word == 0 || sawField || l > 3 {
                end = t.start; endLine = l
                break
            }
            if kwNoiNhan.match(b, t.start, t.end) != nil {
                end = t.start; endLine = l
                break
            }
            if kwEnacting.match(b, t.start, t.end) != nil, HeaderParser.endsWithColon(b, t) {
                end = t.start; endLine = l
                break
            }
            if let h = BodyParser.headingAt(b, t.start, t.end, masks: headingMasks, pairs: headingPairs), (l > 1 && sawField) || h.keyword != nil {
                end = t.start; endLine = l
                break
            }
            // The closing blocks: the body has begun (and ended) before them.
            if kwNoiNhan.match(b, t.start, t.end) != nil || hasEndMark(t.start, t.end) {
                end = t.start; endLine = l
                break
            }
            // (Once a field is seen, no line is searched for one again.)
            if !sawField, kwSo.match(b, t.start, t.end) != nil || HeaderParser.findWord(kwNgay, in: b, t.start, t.end) != nil { sawField = true }
        }
        headerEnd = end
        bodyStartLine = endLine
    }

    /// When the blanks at `i` are only Markdown emphasis (`*`) between two
    /// lower-case letters of one word, the offset where the word goes on.
    static func markupJoin(_ src: [UInt8], _ b: [UInt8], at i: Int, end: Int) -> Int? {
        var j = i
        while j < end && src[j] == UInt8(ascii: "*") { j += 1 }
        guard j > i, j < end, !Bytes.isWhitespace(b[j]), i > 0 else { return nil }
        func lowerAt(_ k: Int) -> Bool {
            let (u, _) = Bytes.decodeScalar(b, k)
            return Bytes.isLower(u)
        }
        let prev = Bytes.previousScalarStart(b, i)
        return lowerAt(prev) && lowerAt(j) ? j : nil
    }

    static func endsWithColon(_ b: [UInt8], _ t: TextRange) -> Bool { t.end > t.start && b[t.end - 1] == UInt8(ascii: ":") }

    /// First occurrence of one of the keyword's forms at a word start in [s, e).
    static func findWord(_ k: KeywordSet, in b: [UInt8], _ s: Int, _ e: Int) -> Int? {
        // `k.match(b, i, e)` on the buffer, its first-byte table read
        // through a pointer (this runs on every byte of the header's lines).
        b.withUnsafeBufferPointer { p in
            k.firstTable.withUnsafeBufferPointer { first in
                precondition(e <= p.count)
                var i = s
                if let l = k.caseFoldedFirst {
                    // Straight to each byte that may open a form (the
                    // positions passed over fail the first-byte test), eight
                    // bytes at a time.
                    let fold = ByteScan.ones &* 0x20
                    while let j = ByteScan.firstIndex(p, from: i, to: e, { ByteScan.eq($0 | fold, l) }) {
                        if j == s || !Bytes.isWordCharBefore(j, in: p), k.index.mayMatch(p, at: j, end: e), k.match(p, j, e) != nil { return j }
                        i = j + 1
                    }
                    return nil
                }
                while i < e {
                    if first[Int(p[i])], i == s || !Bytes.isWordCharBefore(i, in: p), k.index.mayMatch(p, at: i, end: e), k.match(p, i, e) != nil { return i }
                    i += 1
                }
                return nil
            }
        }
    }

    /// Splits the header into tokens. Each token's flags (`first`,
    /// `hasLower`, `hasLetter`) are found as its bytes are read, in the one
    /// pass over the text through a pointer: reading each token's slice
    /// again afterwards cost more than finding the tokens.
    mutating func tokenize() {
        let b = doc.clean
        let src = doc.source.bytes
        let n = headerEnd
        var line = 0
        // About one token in six bytes of a header (a word and its blank),
        // with room for headers of short words: the array seldom grows.
        tokens.reserveCapacity(n / 4 + 16)
        b.withUnsafeBufferPointer { p in
            precondition(n <= p.count)
            var i = 0
            while i < n {
                let c = p[i]
                if c == 0x0A || (c == 0x0D && !(i + 1 < n && p[i + 1] == 0x0A)) { line += 1; i += 1; continue }
                if Bytes.isWhitespace(c) { i += 1; continue }
                let s = i
                var joined: [UInt8]? = nil
                var pieceStart = i
                var lower = false, letter = false
                while i < n {
                    let d = p[i]
                    if !Bytes.isWhitespace(d) {
                        // The flags, by scalar, read at each lead byte (the
                        // text is valid UTF-8, and a piece ends at a blank, so
                        // no scalar is cut).
                        if d < 0x80 {
                            if Bytes.isASCIILetter(d) { letter = true; if d >= 0x61 { lower = true } }
                        } else if d & 0xC0 != 0x80, !(lower && letter) {
                            let (u, _) = Bytes.decodeScalar(p, i)
                            if Bytes.isLetter(u) { letter = true }
                            if Bytes.isLower(u) { lower = true }
                        }
                        i += 1
                        // Both flags set (most words of a header): the rest
                        // of the piece can set neither, and is passed over
                        // to its blank.
                        if lower && letter {
                            // Eight bytes at a time to the first at or below
                            // 0x20 (most words end in the first eight: one
                            // test, where a test per byte ended at a place
                            // no predictor learns), then byte by byte from
                            // there to the blank.
                            while i + 8 <= n {
                                let w = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                                let low = ByteScan.less(w, 0x21)
                                if low == 0 { i += 8; continue }
                                i += low.trailingZeroBitCount >> 3
                                break
                            }
                            while i < n {
                                let x = p[i]
                                if x <= 0x20 && Bytes.isWhitespace(x) { break }
                                i += 1
                            }
                        }
                        continue
                    }
                    // Emphasis inside a word ("ng**ày", "n**ă**m") does not split it.
                    guard let next = HeaderParser.markupJoin(src, b, at: i, end: n) else { break }
                    joined = (joined ?? []) + b[pieceStart..<i]
                    i = next
                    pieceStart = next
                }
                let f = p[s]
                let first = Bytes.isASCIIUpper(f) ? f | 0x20 : f
                if var bytes = joined {
                    bytes.append(contentsOf: b[pieceStart..<i])
                    tokens.append(Token(range: TextRange(s, i), bytes: bytes[...], line: line, first: first, hasLower: lower, hasLetter: letter))
                } else {
                    tokens.append(Token(range: TextRange(s, i), bytes: b[s..<i], line: line, first: first, hasLower: lower, hasLetter: letter))
                }
            }
        }
    }

    func field(_ from: Int, _ to: Int) -> Field {
        let r = TextRange(tokens[from].range.start, tokens[to].range.end)
        // Tokens one blank apart, none joined across emphasis: the joined
        // text is the markup-free text of the range, made when it is read
        // (most header fields' texts are read by a rule or two, or not at
        // all in a parse).
        if isPlainRun(from, to) { return Field(range: r, clean: doc.clean) }
        // Tokens none of which is joined across emphasis, with other
        // blanks between them (a line break): the joined text is the
        // markup-free text of the range with each run of blanks made one
        // space (every byte between two tokens is a blank), also made
        // when it is read.
        if noneJoined(from, to) { return Field(range: r, collapsing: doc.clean) }
        return Field(range: r, text: joinedText(from, to))
    }

    /// Whether each token's bytes are its range's (none joined across emphasis).
    func noneJoined(_ from: Int, _ to: Int) -> Bool {
        for k in from...to where tokens[k].bytes.count != tokens[k].range.length { return false }
        return true
    }

    /// Whether `joinedText(from, to)` is the markup-free text from the
    /// first token's start to the last one's end: each token's bytes are
    /// its range's (no pieces joined across emphasis), and one space
    /// separates each token from the next.
    func isPlainRun(_ from: Int, _ to: Int) -> Bool {
        let b = doc.clean
        for k in from...to {
            guard tokens[k].bytes.count == tokens[k].range.length else { return false }
            if k > from {
                let end = tokens[k - 1].range.end
                guard tokens[k].range.start == end + 1, b[end] == 0x20 else { return false }
            }
        }
        return true
    }

    /// The tokens' texts joined by one space (`map(\.text).joined(separator: " ")`
    /// in one buffer).
    /// (Written straight into the string's storage, each token copied in
    /// one move: appending the slices to an array cost a generic call each.
    /// The string repairs invalid UTF-8 as `String(decoding:as:)` did.)
    func joinedText(_ from: Int, _ to: Int) -> String {
        var total = to - from
        for k in from...to { total += tokens[k].bytes.count }
        return String(unsafeUninitializedCapacity: total) { out in
            var n = 0
            for k in from...to {
                if k > from { out[n] = 0x20; n += 1 }
                tokens[k].bytes.withUnsafeBufferPointer { p in
                    if let src = p.baseAddress, p.count > 0 {
                        UnsafeMutableRawPointer(out.baseAddress! + n).copyMemory(from: src, byteCount: p.count)
                    }
                    n += p.count
                }
            }
            return n
        }
    }

    // MARK: Quốc hiệu and Tiêu ngữ

    mutating func findQuocHieu() {
        let words = ["cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam"]
        if tokens.count >= words.count {
            outer: for i in 0...(tokens.count - words.count) where tokens[i].first == UInt8(ascii: "c") {
                // (A token whose last letter is ASCII and no `g` is not
                // `cong`: passed over without making its plain form.)
                guard HeaderParser.mayEndWith(tokens[i].bytes, UInt8(ascii: "g")) else { continue }
                // (Each plain form compared without making it.)
                for (k, w) in words.enumerated() where !Vietnamese.tokenKeyEquals(tokens[i + k].bytes, plain: true, w) { continue outer }
                header.quocHieu = field(i, i + words.count - 1)
                return
            }
        }
        findDamagedQuocHieu()
    }

    /// `CONG HOA` in capitals followed by `XA`, or within ten tokens by
    /// `NGHIA`, `VIET` or `NAM` (OCR without marks, glued words, the last
    /// word pushed to the next line by the left column).
    mutating func findDamagedQuocHieu() {
        guard tokens.count >= 3 else { return }
        for i in 0..<(tokens.count - 2) where tokens[i].first == UInt8(ascii: "c") && !tokens[i].hasLower && !tokens[i + 1].hasLower {
            guard tokens[i].plain == "cong", tokens[i + 1].plain.utf8HasPrefix("hoa") else { continue }
            let later = tokens[(i + 2)..<min(tokens.count, i + 12)]
            let goesOn = tokens[i + 2].plain == "xa"
                || later.contains { !$0.hasLower && ($0.plain.contains("nghia") || $0.plain.contains("viet") || $0.plain.utf8HasSuffix("nam")) }
            if goesOn {
                header.quocHieuDamaged = TextRange(tokens[i].range.start, tokens[i + 1].range.end)
                return
            }
        }
    }

    /// False when the token's key and plain form surely do not end with
    /// `letter` (an ASCII lower-case letter): the token's last byte,
    /// trailing `,;:.` aside, is ASCII and not that letter in either case
    /// (an ASCII byte is its own last character in every form of the key).
    @inline(__always)
    static func mayEndWith(_ bytes: ArraySlice<UInt8>, _ letter: UInt8) -> Bool {
        var e = bytes.endIndex
        while e > bytes.startIndex {
            let c = bytes[e - 1]
            guard c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".") else { break }
            e -= 1
        }
        guard e > bytes.startIndex else { return true }
        let l = bytes[e - 1]
        return l >= 0x80 || l | 0x20 == letter
    }

    mutating func findTieuNgu() {
        for i in tokens.indices {
            guard tokens[i].first == UInt8(ascii: "d") || tokens[i].first == 0xC4 else { continue }
            // (`plain` has no blank, so only "doc" passes the test below;
            // a token whose last letter is ASCII and no `c` is passed over
            // without making its plain form.)
            guard HeaderParser.mayEndWith(tokens[i].bytes, UInt8(ascii: "c")) else { continue }
            // (The plain forms compared without making them: the prefix
            // and suffix tests are by the bytes, as `utf8HasPrefix` is.)
            guard Vietnamese.tokenKeyEquals(tokens[i].bytes, plain: true, "doc")
                || Vietnamese.withTokenKey(tokens[i].bytes, plain: true, { k, _ in Bytes.hasPrefix(k, "doc lap") }) else { continue }
            guard i + 1 < tokens.count, Vietnamese.withTokenKey(tokens[i + 1].bytes, plain: true, { k, _ in Bytes.hasPrefix(k, "lap") }) else { continue }
            var j = i + 1
            while j < min(tokens.count, i + 10) {
                if Vietnamese.withTokenKey(tokens[j].bytes, plain: true, { k, _ in Bytes.hasSuffix(k, "phuc") }) {
                    // (The text is the tokens joined: the trailing dashes of
                    // a rule drawn on the same line stay out.)
                    header.tieuNgu = field(i, j)
                    return
                }
                j += 1
            }
        }
    }

    // MARK: Số

    static func isNumberish(_ s: Substring) -> Bool {
        if let r = s.utf8.withContiguousStorageIfAvailable({ numberish($0) }) { return r.ok }
        guard !s.isEmpty else { return false }
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                let c = UInt8(v)
                if Bytes.isASCIILetter(c) || Bytes.isDigit(c) || c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "&") { continue }
                return false
            }
            if v == 0x0110 || v == 0x0111 || v == 0x2026 { continue }  // Đ đ …
            return false
        }
        return true
    }

    /// Spellings of the `Số` label, OCR misreadings included.
    static let numberLabels: [(text: [UInt8], exact: Bool)] = [
        ("Số", true), ("SỐ", true), ("số", true), ("Sô", false), ("Sồ", false), ("Sổ", false), ("Sỏ", false),
        ("So", false), ("sé", false), ("Sé", false), ("S6", false), ("s6", false), ("$6", false), ("Sd", false),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Length of the label at the start of a token and whether it was an OCR
    /// variant (which needs a colon to count).
    static func numberLabel(_ b: [UInt8], _ r: TextRange) -> (length: Int, exact: Bool)? {
        // Every spelling opens with `S`, `s` or `$`: one byte test rejects
        // most tokens before fourteen prefix comparisons.
        guard r.start < r.end else { return nil }
        let f = b[r.start]
        guard f == UInt8(ascii: "S") || f == UInt8(ascii: "s") || f == UInt8(ascii: "$") else { return nil }
        for (l, exact) in numberLabels where Bytes.hasPrefix(b, at: r.start, l, end: r.end) {
            let after = r.start + l.count
            if after < r.end, b[after] != UInt8(ascii: ":"), b[after] != UInt8(ascii: ".") || !exact { continue }
            return (l.count, exact)
        }
        return nil
    }

    /// `isNumberish` on the text's UTF-8 bytes (valid UTF-8), and whether
    /// it has an upper-case letter (`Bytes.isUpper`), in one pass over the
    /// bytes: the scalar views of a `Substring` cost more than the tests.
    @inline(__always)
    static func numberish(_ p: UnsafeBufferPointer<UInt8>) -> (ok: Bool, hasUpper: Bool) {
        guard !p.isEmpty else { return (false, false) }
        var hasUpper = false
        var i = 0
        while i < p.count {
            let c = p[i]
            if c < 0x80 {
                if Bytes.isASCIIUpper(c) { hasUpper = true; i += 1; continue }
                if Bytes.isASCIILower(c) || Bytes.isDigit(c) || c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "&") { i += 1; continue }
                return (false, hasUpper)
            }
            let (u, len) = Bytes.decodeScalar(p, i)
            let v = u.value
            guard v == 0x0110 || v == 0x0111 || v == 0x2026 else { return (false, hasUpper) }  // Đ đ …
            if Bytes.isUpper(u) { hasUpper = true }
            i += len
        }
        return (true, hasUpper)
    }

    /// Whether the text after the first `/` reads as a symbol (`QĐ-UBND`,
    /// `2020/NĐ-CP`, `TCT-CS`): starts with a capital or a digit and has no
    /// lower-case letter except in `TTr`-style codes.
    static func isSymbolish(_ s: Substring) -> Bool {
        if let r = s.utf8.withContiguousStorageIfAvailable({ p -> Bool? in
            // The first scalar's tests, then `isNumberish` and a capital
            // in one pass (lower case goes the general way).
            guard !p.isEmpty else { return false }
            let (f, _) = Bytes.decodeScalar(p, 0)
            if Bytes.isLower(f) { return nil }
            guard Bytes.isUpper(f) || (f.value >= 0x30 && f.value <= 0x39) else { return false }
            let (ok, hasUpper) = numberish(p)
            return ok && hasUpper
        }), let r { return r }
        guard let f = s.unicodeScalars.first else { return false }
        // A symbol typed in lower case (`qđ-ubnd`, reported by VB107):
        // groups of lower-case letters and digits joined by hyphens.
        if Bytes.isLower(f) { return isLowerCaseSymbol(s) }
        guard Bytes.isUpper(f) || (f.value >= 0x30 && f.value <= 0x39) else { return false }
        guard isNumberish(s) else { return false }
        return s.unicodeScalars.contains { Bytes.isUpper($0) }
    }

    /// Groups joined by hyphens, the first in lower case, each in lower
    /// case or in capitals (`qđ-ubnd`, `qđ-UBND`).
    static func isLowerCaseSymbol(_ s: Substring) -> Bool {
        let groups = s.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.count >= 2 else { return false }
        func digit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }
        func lower(_ u: Unicode.Scalar) -> Bool { (u.value >= 0x61 && u.value <= 0x7A) || u == "đ" || digit(u) }
        func upper(_ u: Unicode.Scalar) -> Bool { (u.value >= 0x41 && u.value <= 0x5A) || u == "Đ" || digit(u) }
        return groups.allSatisfy { g in
            !g.isEmpty && g.unicodeScalars.count <= 10 && (g.unicodeScalars.allSatisfy(lower) || g.unicodeScalars.allSatisfy(upper))
        }
    }

    /// `t.lastIndex(of: "/")`, found by the bytes: the last `/` byte is the
    /// last `/` character when the bytes beside it are ASCII (or the text's
    /// ends), for no ASCII byte joins a neighbour in a grapheme cluster;
    /// otherwise the `Character` search decides. (That search walks the
    /// text's characters: it cost more than the rest of `gatherNumber`.)
    static func lastSlash(_ t: String) -> String.Index? {
        let u = t.utf8
        let found: Int?? = u.withContiguousStorageIfAvailable { p -> Int? in
            var k = p.count - 1
            while k >= 0 && p[k] != UInt8(ascii: "/") { k -= 1 }
            return k
        }
        guard let found, let k = found else { return t.lastIndex(of: "/") }
        if k < 0 { return nil }
        return slashStandsAlone(u, k) ? u.index(u.startIndex, offsetBy: k) : t.lastIndex(of: "/")
    }

    /// `t.firstIndex(of: "/")`, found by the bytes as `lastSlash` is.
    static func firstSlash<S: StringProtocol>(_ t: S) -> S.Index? {
        let u = t.utf8
        let found: Int?? = u.withContiguousStorageIfAvailable { p -> Int? in
            var k = 0
            while k < p.count && p[k] != UInt8(ascii: "/") { k += 1 }
            return k
        }
        guard let found, let k = found else { return t.firstIndex(of: "/") }
        if k == u.count { return nil }
        return slashStandsAlone(u, k) ? u.index(u.startIndex, offsetBy: k) : t.firstIndex(of: "/")
    }

    /// Whether the `/` at UTF-8 offset `k` has ASCII bytes (or an end) on
    /// both sides, so that it is a character of its own.
    @inline(__always)
    static func slashStandsAlone<U: Collection>(_ u: U, _ k: Int) -> Bool where U.Element == UInt8 {
        let before = k == 0 || u[u.index(u.startIndex, offsetBy: k - 1)] < 0x80
        let after = k + 1 == u.count || u[u.index(u.startIndex, offsetBy: k + 1)] < 0x80
        return before && after
    }

    /// Short OCR junk or digits standing for the sequence (`4809+`, `963°`, `kÉ4H`).
    static func isSequenceJunk(_ t: Token) -> Bool {
        let scalars = t.text.unicodeScalars
        if scalars.count > 8 || HeaderParser.lastSlash(t.text) != nil { return false }
        // A capitalised word ("Hà", "Binh") is the place, not the number.
        if let f = scalars.first, Bytes.isUpper(f), scalars.count >= 2,
           scalars.dropFirst().allSatisfy({ Bytes.isLower($0) }) { return false }
        if t.first == UInt8(ascii: "n") || t.first == UInt8(ascii: "v") || t.first == UInt8(ascii: "k"), ["ngày", "v/v", "kính"].contains(t.key) { return false }
        // Junk has a digit or a symbol; a plain word is text.
        return scalars.contains { !Bytes.isLetter($0) }
    }

    mutating func findNumber() {
        let b = doc.clean
        for i in tokens.indices {
            // (The token copied only once its label is read.)
            guard let (labelLen, exact) = HeaderParser.numberLabel(b, tokens[i].range) else { continue }
            let t = tokens[i]
            var p = t.range.start + labelLen
            var colon: TextRange?
            var j = i + 1
            if p < t.range.end, b[p] == UInt8(ascii: ":") || b[p] == UInt8(ascii: ".") { colon = TextRange(p, p + 1); p += 1 }
            else if p == t.range.end, j < tokens.count, tokens[j].text.utf8HasPrefix(":") {
                // "Số :4451/…" or "Số : 4451/…"
                let u = tokens[j]
                colon = TextRange(u.range.start, u.range.start + 1)
                if u.range.length == 1 { j += 1 } else { p = -u.range.start - 1 }
            }
            // Lower-case "số" without a colon is running text ("Nghị định số 15/…");
            // OCR spellings need the colon.
            if colon == nil && (!exact || b[t.range.start] == UInt8(ascii: "s")) { continue }
            var parts: [(TextRange, String)] = []
            if p < 0 {
                // Colon glued to the next token.
                let u = tokens[j]
                let s0 = u.range.start + 1
                if s0 < u.range.end { parts.append((TextRange(s0, u.range.end), String(decoding: b[s0..<u.range.end], as: UTF8.self))) }
                j += 1
            } else if p < t.range.end {
                parts.append((TextRange(p, t.range.end), String(decoding: b[p..<t.range.end], as: UTF8.self)))
            }
            if let f = gatherNumber(from: j, lastLine: t.line, initial: parts) {
                header.number = NumberField(range: TextRange(t.range.start, f.range.end),
                                            label: Field(range: TextRange(t.range.start, t.range.start + labelLen), clean: b),
                                            colon: colon, number: f)
                return
            }
        }
    }

    /// Reads a number starting at token `from` (after the label), with
    /// `initial` parts already glued to the label. Nil when no `/` symbol follows.
    func gatherNumber(from: Int, lastLine: Int, initial: [(TextRange, String)]) -> DocumentNumber? {
        var parts = initial
        var j = from
        var lastLine = lastLine
        // Sequence (junk allowed) up to the token whose last "/" opens the
        // symbol ("⁄//202 /CT-TTHT": the first token is junk).
        func opensSymbol(_ t: String) -> Bool {
            guard let slash = HeaderParser.lastSlash(t) else { return false }
            let after = t[t.index(after: slash)...]
            return after.isEmpty || HeaderParser.isSymbolish(after)
        }
        while !(parts.last.map { opensSymbol($0.1) } ?? false) {
            guard j < tokens.count, parts.count < 5 else { return nil }
            let u = tokens[j]
            if u.line > lastLine + 2 { return nil }
            // (The token's text made once.)
            let text = u.text
            if !opensSymbol(text) && !HeaderParser.isSequenceJunk(u) && !(HeaderParser.lastSlash(text) != nil && text.unicodeScalars.count <= 8) { return nil }
            if u.first == UInt8(ascii: "v") && u.key == "v/v" { return nil }
            parts.append((u.range, text)); lastLine = u.line; j += 1
        }
        // The slash token (or the next one, when the token ends with "/").
        var slashPart = parts[parts.count - 1].1
        if slashPart.utf8HasSuffix("/"), j < tokens.count, tokens[j].line <= lastLine + 1, HeaderParser.isNumberish(Substring(tokens[j].text)) {
            parts.append((tokens[j].range, tokens[j].text)); slashPart += tokens[j].text; lastLine = tokens[j].line; j += 1
        }
        guard let slash = HeaderParser.firstSlash(slashPart) else { return nil }
        var symbol = slashPart[slashPart.index(after: slash)...]
        while symbol.utf8HasPrefix("/") { symbol = symbol.dropFirst() }
        if !HeaderParser.isSymbolish(symbol), let last = HeaderParser.lastSlash(slashPart) { symbol = slashPart[slashPart.index(after: last)...] }
        guard HeaderParser.isSymbolish(symbol) || (symbol.isEmpty && j < tokens.count && HeaderParser.isSymbolish(Substring(tokens[j].text))) else { return nil }
        // Continuations: "/QĐ" "-" "UBND", "4632/LĐTBXH" "-LĐTL".
        while j < tokens.count, j <= from + 8 {
            let u = tokens[j]
            if u.line > lastLine + 1 { break }
            let txt = Substring(u.text)
            let prev = parts[parts.count - 1].1
            if HeaderParser.isNumberish(txt) && (txt.utf8HasPrefix("/") || txt.utf8HasPrefix("-") || prev.utf8HasSuffix("/") || prev.utf8HasSuffix("-")) {
                parts.append((u.range, u.text)); lastLine = u.line; j += 1; continue
            }
            break
        }
        var range = TextRange(parts[0].0.start, parts[parts.count - 1].0.end)
        // Trailing punctuation is not part of the number.
        while range.end > range.start, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";")].contains(doc.clean[range.end - 1]) { range.end -= 1 }
        return NumberParser.parse(doc.cleanText(range), range: range)
    }

    /// A number typed without its label, or whose label the OCR lost
    /// (`864305 /TCT-KK. Hà Nội, ngày …`): a symbol token before the title.
    mutating func findUnlabelledNumber() {
        var stop = tokens.count
        for (i, t) in tokens.enumerated() where t.first == UInt8(ascii: "v") || t.first == UInt8(ascii: "k") || t.first == UInt8(ascii: "c") {
            let key = t.key
            guard key == "v/v" || key.utf8HasPrefix("v/v") || key == "kính" || key == "căn" else { continue }
            stop = i; break
        }
        if let pd = header.placeDate, let k = tokens.firstIndex(where: { $0.range.start >= pd.range.end }) { stop = min(stop, k) }
        for i in 0..<stop {
            let t = tokens[i]
            if covered(t.range) { continue }
            // (The bytes tested first: most tokens have no slash.)
            guard t.bytes.contains(UInt8(ascii: "/")) else { continue }
            let text = t.text
            guard let slash = HeaderParser.firstSlash(text) else { continue }
            if doc.isAttachedByLine(t.line) { continue }
            let before = text[..<slash]
            guard HeaderParser.isSymbolish(text[text.index(after: slash)...]) else { continue }
            let hasDigitBefore = before.unicodeScalars.contains { $0.value >= 0x30 && $0.value <= 0x39 }
            var from = i
            if before.isEmpty, i > 0, tokens[i - 1].line == t.line, HeaderParser.isSequenceJunk(tokens[i - 1]),
               tokens[i - 1].text.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) {
                from = i - 1
            } else if !hasDigitBefore {
                continue
            }
            if let n = gatherNumber(from: from, lastLine: t.line, initial: []) {
                header.number = NumberField(range: n.range, label: Field(range: TextRange(n.range.start, n.range.start), text: ""),
                                            colon: nil, number: n)
                return
            }
        }
    }

    // MARK: Place and date

    /// One scalar of a date window: its base letter (lower-case ASCII,
    /// diacritics dropped), digit or other byte, and where it starts.
    struct FlatScalar { var ch: UInt8; var offset: Int; var end: Int }

    /// Scalars of `clean[s..<e]` with diacritics stripped and whitespace
    /// folded to one space. Combining marks are dropped.
    func flatten(_ s: Int, _ e: Int) -> [FlatScalar] { HeaderParser.flatten(doc.clean, doc.source.bytes, s, e) }

    /// `flatten` of `b` (the markup-free text), `src` its source bytes.
    static func flatten(_ b: [UInt8], _ src: [UInt8], _ s: Int, _ e: Int) -> [FlatScalar] {
        var out: [FlatScalar] = []
        // At most one entry per byte: the array is made once.
        out.reserveCapacity(max(0, e - s))
        var i = s
        while i < e {
            let c = b[i]
            if c == 0x20 && src[i] == UInt8(ascii: "*") { i += 1; continue }  // "n**ă**m"
            if c < 0x80 {
                let ch: UInt8 = Bytes.isWhitespace(c) ? 0x20 : (Bytes.isASCIIUpper(c) ? c | 0x20 : c)
                if !(ch == 0x20 && out.last?.ch == 0x20) { out.append(FlatScalar(ch: ch, offset: i, end: i + 1)) }
                i += 1
                continue
            }
            let (u, len) = Bytes.decodeScalar(b, i)
            if u.value >= 0x300 && u.value <= 0x36F, !out.isEmpty { out[out.count - 1].end = i + len; i += len; continue }
            var ch: UInt8 = 0x3F  // "?"
            if let base = Vietnamese.base(of: u) { ch = Bytes.isASCIIUpper(base) ? base | 0x20 : base }
            out.append(FlatScalar(ch: ch, offset: i, end: i + len))
            i += len
        }
        return out
    }

    static func flatHas(_ f: [FlatScalar], _ at: Int, _ word: StaticString) -> Bool {
        // (The word's bytes read in place: an array made per call cost an
        // allocation at every position `readDate` tries.)
        word.withUTF8Buffer { w in
            guard at + w.count <= f.count else { return false }
            for k in 0..<w.count where f[at + k].ch != w[k] { return false }
            return true
        }
    }

    /// `ngày 08 tháng 9 năm 2011`, read loosely enough for OCR output
    /// (`ngày,]2 tháng 6`, `ngày o¿tháng 12`, `ngayl4thing 4`, a date split
    /// after `ngày 28`) and for blank templates (`ngày   tháng   năm 2023`).
    /// Returns the parts' ranges (nil when absent) and the end of the date.
    func readDate(from start: Int, limit: Int) -> (day: TextRange?, month: TextRange?, year: TextRange?, end: Int)? {
        HeaderParser.readDate(doc.clean, doc.source.bytes, from: start, limit: limit)
    }

    /// `readDate` in `b` (the markup-free text), `src` its source bytes.
    /// (Static: called from the mutating `findPlaceDate`, the method
    /// copied the whole parser at each call.)
    static func readDate(_ b: [UInt8], _ src: [UInt8], from start: Int, limit: Int) -> (day: TextRange?, month: TextRange?, year: TextRange?, end: Int)? {
        let f = flatten(b, src, start, limit)
        guard HeaderParser.flatHas(f, 0, "ngay") || HeaderParser.flatHas(f, 0, "ngdy") else { return nil }
        var k = 4
        // Day region, then the month word.
        var monthWord = -1
        while k < f.count && k <= 14 {
            if HeaderParser.flatHas(f, k, "thang") || HeaderParser.flatHas(f, k, "thing") || HeaderParser.flatHas(f, k, "thung") { monthWord = k; break }
            k += 1
        }
        guard monthWord >= 0 else { return nil }
        // Year word: the token holding "am" (năm, OCR "ăm", "Ủuăm").
        k = monthWord + 5
        var yearWordEnd = -1, yearWordStart = -1
        while k + 1 < f.count && k <= monthWord + 5 + 14 {
            if f[k].ch == UInt8(ascii: "a") && f[k + 1].ch == UInt8(ascii: "m") && (k + 2 == f.count || f[k + 2].ch == 0x20 || Bytes.isDigit(f[k + 2].ch)) {
                yearWordEnd = k + 2
                var s = k
                while s > monthWord + 5 && f[s - 1].ch != 0x20 { s -= 1 }
                yearWordStart = s
                break
            }
            k += 1
        }
        guard yearWordEnd > 0 else { return nil }
        func region(_ a: Int, _ b: Int) -> TextRange? {
            var a = a, b = b
            while a < b && (f[a].ch == 0x20 || f[a].ch == UInt8(ascii: ",")) { a += 1 }
            while b > a && f[b - 1].ch == 0x20 { b -= 1 }
            return a < b ? TextRange(f[a].offset, f[b - 1].end) : nil
        }
        let day = region(4, monthWord)
        let month = region(monthWord + 5, yearWordStart)
        var y = yearWordEnd
        while y < f.count && f[y].ch == 0x20 && y < yearWordEnd + 2 { y += 1 }
        var ye = y
        while ye < f.count && (Bytes.isDigit(f[ye].ch) || f[ye].ch == UInt8(ascii: ".") || f[ye].ch == 0x3F) && ye - y < 6 {
            if !Bytes.isDigit(f[ye].ch) && !(ye + 1 < f.count && Bytes.isDigit(f[ye + 1].ch)) { break }
            ye += 1
        }
        let year: TextRange? = ye > y && Bytes.isDigit(f[y].ch) ? TextRange(f[y].offset, f[ye - 1].end) : nil
        return (day, month, year, year?.end ?? f[yearWordEnd - 1].end)
    }

    /// Whether the token's text is the one ASCII character `c` (`text == ","`:
    /// no other text equals a lone ASCII punctuation mark).
    @inline(__always)
    static func isLone(_ t: Token, _ c: UInt8) -> Bool { t.bytes.count == 1 && t.bytes[t.bytes.startIndex] == c }

    /// The token's last byte (a token is never empty): `text.utf8HasSuffix`
    /// of one ASCII byte is a test of it.
    @inline(__always)
    static func lastByte(_ t: Token) -> UInt8 { t.bytes[t.bytes.endIndex - 1] }

    /// Whether the blanks between two tokens of a line separate columns.
    static func isColumnGap(_ b: [UInt8], from: Int, to: Int) -> Bool {
        guard to - from >= 3 else { return to > from && b[from..<to].contains(0x09) }
        return b[from..<to].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// Words of a place written in lower case (`thành phố`, `thị xã`).
    /// (A set: each `contains` is one hash and one comparison, not seven
    /// `String` comparisons.)
    static let lowerPlaceWords: Set<String> = ["phố", "thành", "thị", "xã", "tỉnh", "huyện", "quận"]

    /// Units that may be named by a number (`Quận 1`, `Phường 3`).
    static let numberedUnitWords: Set<String> = ["quận", "phường", "xã", "huyện", "trấn"]

    mutating func findPlaceDate() {
        let b = doc.clean, src = doc.source.bytes
        for i in tokens.indices {
            guard tokens[i].first == UInt8(ascii: "n") else { continue }
            // Every spelling below opens with "ng", which only `ng`, `Ng`,
            // `nG`, `NG` lower-case to: the key is made only for those.
            let bytes = tokens[i].bytes
            guard bytes.count >= 2, bytes[bytes.startIndex + 1] | 0x20 == UInt8(ascii: "g") else { continue }
            // (The key's bytes compared without making it.)
            guard Vietnamese.withTokenKey(tokens[i].bytes, plain: false, { key, _ in
                Bytes.hasPrefix(key, "ngày") || Bytes.hasPrefix(key, "ngay") || Bytes.hasPrefix(key, "ngảy") || Bytes.hasPrefix(key, "ngdy")
            }) else { continue }
            if doc.isAttachedByLine(tokens[i].line) { continue }
            // The window: this line and the next (a date split after "ngày 28").
            var j = i
            while j + 1 < tokens.count && tokens[j + 1].line <= tokens[i].line + 2 && j < i + 12 { j += 1 }
            guard let (dr, mr, yr, end) = HeaderParser.readDate(b, src, from: tokens[i].range.start, limit: tokens[j].range.end) else { continue }
            // (Reads `b` alone: a function that read `doc` copied the parser.)
            func digitField(_ r: TextRange?, max: Int) -> (Field, Int?)? {
                guard let r else { return nil }
                let allDigits = r.length <= max && (r.start..<r.end).allSatisfy { Bytes.isDigit(b[$0]) }
                // (`Int(text)` of at most four digits, read from the bytes;
                // the text made when it is read.)
                return (Field(range: r, clean: b), allDigits ? (r.start..<r.end).reduce(0) { $0 * 10 + Int(b[$1] - 0x30) } : nil)
            }
            let d = digitField(dr, max: 2), m = digitField(mr, max: 2), y = digitField(yr, max: 4)
            let dateRange = TextRange(tokens[i].range.start, end)
            var date: SimpleDate?
            if let dv = d?.1, let mv = m?.1, let yv = y?.1, yr?.length == 4 { date = SimpleDate(year: yv, month: mv, day: dv) }
            // Place: capitalised words just before "ngày" on the same line.
            var place: Field?
            var comma: TextRange?
            var k = i - 1
            var first = i
            // The place never reaches back into the number; a number that
            // comes after the date (a PDF copy listing the right column
            // first) bounds nothing.
            let numberEnd = header.number.map { $0.range.end <= tokens[i].range.start ? $0.range.end : -1 } ?? -1
            // The place may stand on the line(s) above: "*Hà Nội,\nngày 21 …"
            // (a line of place words ending with a comma) or "*Hà\nNội**, ngày"
            // (a single word alone on its line).
            // (Counted around `k`, which stands on the line: the tokens are
            // in line order. A list of the line's tokens, filtered from all
            // of them, cost a pass over the header and an array.)
            func lineTokenCount(_ k: Int) -> Int {
                let line = tokens[k].line
                var s = k, e = k + 1
                while s > 0 && tokens[s - 1].line == line { s -= 1 }
                while e < tokens.count && tokens[e].line == line { e += 1 }
                return e - s
            }
            while k >= 0 && k >= i - 6 && tokens[k].range.start >= numberEnd {
                if tokens[k].line != tokens[k + 1].line {
                    let prevLineCount = lineTokenCount(k)
                    let opens = tokens[k + 1].line == tokens[i].line && (k + 1 == i || (k + 2 == i && HeaderParser.isLone(tokens[k + 1], UInt8(ascii: ","))))
                    let placeLine = opens && HeaderParser.lastByte(tokens[k]) == UInt8(ascii: ",") && prevLineCount <= 4
                    guard tokens[k].line >= tokens[i].line - 2, placeLine || prevLineCount == 1 else { break }
                }
                // A column gap (a tab, or three blanks: two header columns on
                // one line) ends the place: "… học kỳ I |  Bắc Ninh, ngày …".
                if Self.isColumnGap(doc.clean, from: tokens[k].range.end, to: tokens[k + 1].range.start) { break }
                // (The token's bytes read, its text made only when it
                // holds a `/`: most tokens here are the place's words.)
                let tb = tokens[k].bytes
                // "Nội**, ngày": the comma stands apart once markup is blanked.
                if HeaderParser.isLone(tokens[k], UInt8(ascii: ",")) && k == i - 1 { k -= 1; continue }
                // (A token is never empty; its first scalar stands at its
                // range's start in the markup-free text.)
                let (f, _) = Bytes.decodeScalar(doc.clean, tokens[k].range.start)
                let isCap = Bytes.isUpper(f)
                // (Only asked of a word not capitalised: the key is made then.)
                let lowerOK = !isCap && HeaderParser.lowerPlaceWords.contains(tokens[k].key)
                // A unit named by a number is written in full: "Quận 1, ngày …" (NĐ 30/2020 PL I II.4.a).
                let numberedUnit = Bytes.isDigit(tb[tb.startIndex]) && tb.allSatisfy { Bytes.isDigit($0) || $0 == UInt8(ascii: ",") }
                    && k >= 1 && tokens[k - 1].line == tokens[k].line && Self.numberedUnitWords.contains(tokens[k - 1].key)
                let last = HeaderParser.lastByte(tokens[k])
                if !(isCap || lowerOK || numberedUnit) || last == UInt8(ascii: ":")
                    || (tb.contains(UInt8(ascii: "/")) && HeaderParser.lastSlash(tokens[k].text) != nil) { break }
                if k < i - 1 && last == UInt8(ascii: ",") { break }
                first = k
                k -= 1
            }
            if first < i {
                var last = i - 1
                if HeaderParser.isLone(tokens[last], UInt8(ascii: ",")) && last > first { comma = tokens[last].range; last -= 1 }
                var r = TextRange(tokens[first].range.start, tokens[last].range.end)
                if doc.clean[r.end - 1] == UInt8(ascii: ",") { comma = TextRange(r.end - 1, r.end); r.end -= 1 }
                var text = joinedText(first, last)
                if text.utf8HasSuffix(",") {
                    // The comma is a character of its own when an ASCII byte
                    // (or nothing) precedes it: the text is cut before its
                    // byte, without the walk over characters `removeLast`
                    // makes.
                    let u = text.utf8
                    if u.count == 1 || u[u.index(u.endIndex, offsetBy: -2)] < 0x80 {
                        text = String(text[..<u.index(before: u.endIndex)])
                    } else {
                        text.removeLast()
                    }
                }
                place = Field(range: r, text: text)
            }
            header.placeDate = PlaceDateField(range: TextRange(place?.range.start ?? dateRange.start, dateRange.end),
                                              place: place, comma: comma, dateRange: dateRange,
                                              day: d?.0, month: m?.0, year: y?.0, date: date)
            return
        }
    }

    // MARK: V/v, type name and trích yếu

    /// Token index at which a header field starts, to end a free-text run.
    func isFieldStart(_ j: Int, _ fields: FieldRanges) -> Bool {
        let r = tokens[j].range
        if fields.quocHieu?.start == r.start || fields.tieuNgu?.start == r.start
            || fields.number?.start == r.start || fields.placeDate?.start == r.start { return true }
        if tokens[j].first == UInt8(ascii: "k") && HeaderParser.mayEndWith(tokens[j].bytes, UInt8(ascii: "h")) && tokens[j].key == "kính" && j + 1 < tokens.count && tokens[j + 1].key.utf8HasPrefix("gửi") { return true }
        return false
    }

    /// The ranges of the fields found so far, read once for a loop over the
    /// tokens: reading `header.number?.range` copies the whole field out
    /// of the optional (strings retained, then released) at every token.
    struct FieldRanges {
        var quocHieu, tieuNgu, number, placeDate: TextRange?

        func overlap(_ r: TextRange) -> Bool {
            if let f = quocHieu, f.overlaps(r) { return true }
            if let f = tieuNgu, f.overlaps(r) { return true }
            if let f = number, f.overlaps(r) { return true }
            if let f = placeDate, f.overlaps(r) { return true }
            return false
        }
    }

    var fieldRanges: FieldRanges {
        FieldRanges(quocHieu: header.quocHieu?.range, tieuNgu: header.tieuNgu?.range, number: header.number?.range, placeDate: header.placeDate?.range)
    }

    func covered(_ r: TextRange) -> Bool { fieldRanges.overlap(r) }

    /// Collects free text from token `from` until a blank line, a field or
    /// the header's end.
    func freeText(from: Int, stopAtCaps: Bool = false) -> Field? {
        guard from < tokens.count else { return nil }
        var j = from
        var last = -1
        let fields = fieldRanges
        while j < tokens.count {
            if j > from && tokens[j].line > tokens[j - 1].line + 1 { break }
            if isFieldStart(j, fields) || fields.overlap(tokens[j].range) { break }
            if stopAtCaps && j > from && tokens[j].line > tokens[j - 1].line && isAuthorityLine(j) { break }
            // "(Ban hành kèm theo Quyết định …)" under an attached text's
            // trích yếu is not part of it.
            if j > from && tokens[j].line > tokens[j - 1].line && doc.isAttachedByLine(tokens[j].line) { break }
            last = j
            j += 1
        }
        return last >= from ? field(from, last) : nil
    }

    /// Whether the line starting at token j is an authority line
    /// (`BỘ TRƯỞNG BỘ TƯ PHÁP`, `CHÍNH PHỦ`, `CHỦ TỊCH ỦY BAN NHÂN DÂN …`).
    func isAuthorityLine(_ j: Int) -> Bool {
        let line = tokens[j].line
        var k = j
        var hasLetter = false
        while k < tokens.count && tokens[k].line == line {
            if tokens[k].hasLower { return false }
            hasLetter = hasLetter || tokens[k].hasLetter
            k += 1
        }
        guard hasLetter else { return false }
        if HeaderParser.cannotOpenAuthority(tokens[j].bytes) { return false }
        // Authority starts are at most three words: four tokens decide.
        // (Their bytes joined on the stack and upper-cased from there, as
        // `joinedText(…).vbUpper` does, without making the joined text.)
        let last = min(k, j + 4) - 1
        var total = last - j
        for t in j...last { total += tokens[t].bytes.count }
        let up = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { out -> String in
            var n = 0
            for t in j...last {
                if t > j { out[n] = 0x20; n += 1 }
                for c in tokens[t].bytes { out[n] = c; n += 1 }
            }
            let joined = UnsafeBufferPointer(rebasing: out[0..<n])
            return ToneFolding.upperFolded(joined) ?? String(decoding: joined, as: UTF8.self).vbUpper
        }
        return Keywords.isAuthorityStart(up)
    }

    /// Whether a text opening with `first` (a token's bytes) surely opens
    /// no authority line: its first two bytes are ASCII and the first,
    /// upper-cased, opens none of `Keywords.authorityStarts`. False when
    /// unsure.
    @inline(__always)
    static func cannotOpenAuthority(_ first: ArraySlice<UInt8>) -> Bool {
        guard first.count >= 2 else { return false }
        let c = first[first.startIndex], d = first[first.startIndex + 1]
        guard c < 0x80, d < 0x80 else { return false }
        return !Keywords.authorityFirstASCII.contains(Bytes.isASCIILower(c) ? c & 0xDF : c)
    }

    mutating func findVv() {
        for i in tokens.indices where tokens[i].first == UInt8(ascii: "v") {
            // Every form below has three characters or more, the second `/`
            // or `i` (`v/v`, `viv`, `v/y`): other tokens (`về`, `và`,
            // `việc`) are passed over without making their key.
            let bytes = tokens[i].bytes
            guard bytes.count >= 3 else { continue }
            let second = bytes[bytes.startIndex + 1]
            guard second == UInt8(ascii: "/") || second | 0x20 == UInt8(ascii: "i") else { continue }
            // (`viv`, the one form with an `i`, has a `v` third: `việc`
            // is passed over before its key is compared with each form.)
            if second != UInt8(ascii: "/"), bytes[bytes.startIndex + 2] | 0x20 != UInt8(ascii: "v") { continue }
            let key = tokens[i].key
            let ocrVv = (key == "viv" || key == "v/y") && (i == 0 || tokens[i - 1].line != tokens[i].line)
            guard key == "v/v" || key == "v/v:" || ocrVv || (key.utf8HasPrefix("v/v") && tokens[i].text.utf8.count > 3) else { continue }
            var vvRange = tokens[i].range
            var subject: Field?
            if tokens[i].text.utf8.count > 3 && !key.utf8HasPrefix("v/v:") && key != "v/v" {
                // "V/vkiện toàn" glued
                vvRange = TextRange(tokens[i].range.start, tokens[i].range.start + 3)
                if let f = freeText(from: i + 1) {
                    subject = Field(range: TextRange(vvRange.end, f.range.end), text: String(tokens[i].text.dropFirst(3)) + " " + f.text)
                }
            } else {
                subject = freeText(from: i + 1)
            }
            if title == nil { title = TitleBlock() }
            title?.vv = Field(range: vvRange, text: String(decoding: doc.clean[vvRange.start..<min(vvRange.end, vvRange.start + 3)], as: UTF8.self))
            title?.subject = subject
            return
        }
    }

    /// A công văn whose trích yếu opens with `Về việc` where `V/v` belongs
    /// (the line right under the number, and no type name): read as its
    /// V/v line, so that VB202 can say what to write.
    mutating func findVeViecLine() {
        guard title?.typeName == nil, title?.vv == nil, let n = header.number,
              let first = tokens.firstIndex(where: { $0.range.end > n.range.start }) else { return }
        let numberLine = tokens[first].line
        for i in first..<tokens.count where tokens[i].range.start >= n.range.end {
            let t = tokens[i]
            guard t.line <= numberLine + 2 else { break }
            guard i > 0, tokens[i - 1].line != t.line, i + 1 < tokens.count, tokens[i + 1].line == t.line,
                  t.first == UInt8(ascii: "v"), t.key == "về", tokens[i + 1].key == "việc" else { continue }
            let vv = Field(range: TextRange(t.range.start, tokens[i + 1].range.end), text: joinedText(i, i + 1))
            let subject = freeText(from: i + 2)
            var tb = title ?? TitleBlock()
            tb.vv = vv
            tb.subject = subject
            title = tb
            return
        }
    }

    mutating func findTitle() {
        let after = max(header.tieuNgu?.range.end ?? 0, header.number?.range.end ?? 0, header.quocHieu?.range.end ?? 0)
        // (The date's end read once: `header.placeDate.map` at each token
        // copied the whole field out of the optional.)
        let placeDateEnd = header.placeDate?.range.end
        for i in tokens.indices where tokens[i].range.start >= after {
            let lineStart = i == 0 || tokens[i - 1].line != tokens[i].line
            let afterYear = placeDateEnd.map { tokens[i - 1 < 0 ? 0 : i - 1].range.end == $0 } ?? false
            guard lineStart || afterYear else { continue }
            guard let (kind, count) = matchTypeName(at: i) else { continue }
            let last = i + count - 1
            if tokens[last].text.utf8HasSuffix(":") { continue }  // "QUYẾT ĐỊNH:" is the enacting line
            var tb = title ?? TitleBlock()
            tb.typeName = field(i, last)
            let keys = tokens[i...last].map(\.key).joined(separator: " ")
            // (A name's form in capitals read from the table when the keys
            // are byte for byte those of a listed name: `uppercased` of
            // Vietnamese text costs thousands of instructions.)
            if let (key, upper) = HeaderParser.typeNameKeyUpper[keys], key.utf8Equals(keys) {
                tb.typeName?.text = upper
            } else {
                tb.typeName?.text = keys.uppercased()
            }
            tb.typeKind = kind
            if tb.vv == nil {
                tb.subject = freeText(from: last + 1, stopAtCaps: true)
                // Authority line right after the subject.
                if let s = tb.subject, let j = tokens.firstIndex(where: { $0.range.start > s.range.end - 1 && $0.range.start >= s.range.end }),
                   isAuthorityLine(j) {
                    var k = j
                    while k + 1 < tokens.count && tokens[k + 1].line == tokens[j].line { k += 1 }
                    tb.authority = field(j, k)
                }
            }
            title = tb
            return
        }
    }

    /// Matches an upper-case type name (`QUYẾT ĐỊNH`, `THÔNG TƯ LIÊN TỊCH`) at token i.
    /// Type names split into words, exact and without diacritics.
    static let typeNameWords: [(words: [String], plain: [String], kind: DocumentKind)] =
        DocumentTypes.upperNamesLongestFirst.map { n in
            let w = n.name.split(separator: " ").map(String.init)
            return (w, w.map { Vietnamese.stripDiacritics($0) }, n.kind)
        }

    /// Per type name: its word count and its first word's length in bytes,
    /// upper case and without marks.
    static let typeNameFirstLengths: [(words: Int, upper: Int, plain: Int)] =
        typeNameWords.map { ($0.words.count, $0.words.first?.utf8.count ?? 0, $0.plain.first?.utf8.count ?? 0) }

    /// Per type name as listed, its words' token keys joined by a blank
    /// (what `findTitle` joins for a name written so): that text, and its
    /// `uppercased()`.
    static let typeNameKeyUpper: [String: (key: String, upper: String)] = {
        var t: [String: (key: String, upper: String)] = [:]
        for (words, _, _) in typeNameWords {
            let key = words.map { Vietnamese.tokenKey(Array($0.utf8)[...], plain: false) }.joined(separator: " ")
            t[key] = (key, key.uppercased())
        }
        return t
    }()

    /// The first word of each type name, lower case without diacritics.
    static let typeNameFirstPlain: Set<String> = Set(typeNameWords.compactMap { $0.plain.first?.lowercased() })

    /// `typeNameFirstPlain`, as a list.
    static let typeNameFirstPlainList: [String] = Array(typeNameFirstPlain)

    /// The first bytes of `typeNameFirstPlain`'s words.
    static let typeNameFirstPlainBytes: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for w in typeNameFirstPlain { if let f = w.utf8.first { t[Int(f)] = true } }
        return t
    }()

    func matchTypeName(at i: Int) -> (DocumentKind, Int)? {
        // Type names are in capitals: skip anything with a lower-case letter.
        guard !tokens[i].hasLower else { return nil }
        // A token whose first two bytes are ASCII (or that has one byte)
        // has its first byte, lower-cased (`first`), first in `plain` too:
        // no mark combines with it. When no type name's first word opens
        // with that byte, the key is not made.
        if tokens[i].first < 0x80, tokens[i].bytes.count == 1 || tokens[i].bytes[tokens[i].bytes.startIndex + 1] < 0x80,
           !HeaderParser.typeNameFirstPlainBytes[Int(tokens[i].first)] { return nil }
        // Every type name's first word, without diacritics, must open the token.
        // (Compared with each word without making the form when every
        // scalar takes the fast route: see `Vietnamese.tokenKeyEquals`.)
        guard Vietnamese.withTokenKey(tokens[i].bytes, plain: true, { key, fast in
            fast ? HeaderParser.typeNameFirstPlainList.contains { Bytes.equal(key, $0) }
                : HeaderParser.typeNameFirstPlain.contains(String(decoding: key, as: UTF8.self))
        }) else { return nil }
        // The first words, upper-cased and folded once.
        var upper: [String] = [], texts: [String] = []
        var k = i
        texts.reserveCapacity(4)
        upper.reserveCapacity(4)
        while k < tokens.count && k < i + 4 {
            // (The token's own flag: a trailing `:.,` has no case.)
            if tokens[k].hasLower { break }
            // The text without trailing `:.,`, cut by the bytes: such a
            // byte is a character of its own when an ASCII byte (or
            // nothing) precedes it, for no ASCII character joins the next
            // one in a grapheme cluster. Otherwise by `Character`.
            let bytes = tokens[k].bytes
            var e = bytes.endIndex
            var byBytes = true
            while e > bytes.startIndex {
                let l = bytes[e - 1]
                guard l == UInt8(ascii: ":") || l == UInt8(ascii: ".") || l == UInt8(ascii: ",") else { break }
                if e - 1 > bytes.startIndex && bytes[e - 2] >= 0x80 { byBytes = false; break }
                e -= 1
            }
            if byBytes {
                texts.append(String(decoding: bytes[bytes.startIndex..<e], as: UTF8.self))
            } else {
                var tx = Substring(tokens[k].text)
                while let l = tx.last, l == ":" || l == "." || l == "," { tx = tx.dropLast() }
                texts.append(String(tx))
            }
            upper.append(texts[texts.count - 1].vbUpper)
            k += 1
        }
        // (Compared byte for byte: both sides are NFC. The forms without
        // marks are made only when the marked forms differ.)
        var plain: [String]? = nil
        // The first words' lengths, compared before any word: a name whose
        // first word has another length fails both comparisons below.
        guard !upper.isEmpty else { return nil }
        let upperFirstLength = upper[0].utf8.count
        let names = HeaderParser.typeNameWords, firstLengths = HeaderParser.typeNameFirstLengths
        // How many tokens from i open a line that has no lower-case letter
        // (0 when i does not open its line or the line has one), found
        // once, not once per type name: a name of n words without its
        // marks is accepted on such a line when n <= capsRun.
        var capsRun = 0
        if i == 0 || tokens[i - 1].line != tokens[i].line {
            let line = tokens[i].line
            var k = i
            while k < tokens.count && tokens[k].line == line && !tokens[k].hasLower { k += 1 }
            if k == tokens.count || tokens[k].line != line { capsRun = k - i }
        }
        for t in names.indices {
            let count = firstLengths[t].words
            guard count <= upper.count else { continue }
            if firstLengths[t].upper != upperFirstLength {
                // Only the comparison without marks can succeed.
                guard count <= capsRun else { continue }
                if plain == nil { plain = texts.map(Vietnamese.stripDiacritics) }
                guard plain![0].utf8.count == firstLengths[t].plain else { continue }
            }
            let (words, plainWords, kind) = names[t]
            var ok = upper[0..<words.count].elementsEqual(words) { $0.utf8Equals($1) }
            if !ok, words.count <= capsRun {
                // OCR lost the diacritics ("QUYET ĐỊNH", "CONG ĐIỆN"): accept
                // a line in capitals opening with the name, compared without marks.
                if plain == nil { plain = texts.map(Vietnamese.stripDiacritics) }
                ok = plain![0..<words.count].elementsEqual(plainWords) { $0.utf8Equals($1) }
            }
            if ok {
                // "KẾ HOẠCH VÀ ĐẦU TƯ" is a ministry, not a plan.
                if i + words.count < tokens.count, tokens[i + words.count].key == "và" && kind == .keHoach { continue }
                return (kind, words.count)
            }
        }
        return nil
    }


    // MARK: Agency lines and marks

    /// Whether the token's key is made of `-`, `_` and `=` only (a rule
    /// drawn under the agency name), trailing `,;:.` aside.
    static func isRuleToken(_ t: Token) -> Bool {
        // (By index over the slice: `last`, `dropLast` and `allSatisfy` on
        // the slice cost a call each.)
        let u = t.bytes
        var e = u.endIndex
        while e > u.startIndex {
            let l = u[e - 1]
            guard l == UInt8(ascii: ",") || l == UInt8(ascii: ";") || l == UInt8(ascii: ":") || l == UInt8(ascii: ".") else { break }
            e -= 1
        }
        var i = u.startIndex
        while i < e {
            let c = u[i]
            guard c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: "=") else { return false }
            i += 1
        }
        return true
    }

    mutating func findAgencyLines() {
        let limit = header.number?.range.start ?? title?.typeName?.range.start ?? header.placeDate?.range.start ?? 0
        for (f, l) in agencyRuns(before: limit) {
            let hasLower = tokens[f...l].contains { $0.hasLower }
            let hasLetter = tokens[f...l].contains { $0.hasLetter }
            if hasLetter && !hasLower { header.agencyLines.append(field(f, l)) }
        }
    }

    /// Runs of tokens on one line that start before `limit`, cut at
    /// fields and drawn rules (`findAgencyLines` keeps those with letters
    /// and no lower-case letter). (Not mutating, so that the fields'
    /// ranges are read once: `covered` read them out of the header,
    /// copying each field, at every token, and hoisting that read in the
    /// mutating method crashed the compiler.)
    func agencyRuns(before limit: Int) -> [(first: Int, last: Int)] {
        var runs: [(first: Int, last: Int)] = []
        var first = -1, last = -1
        let fields = fieldRanges
        for i in tokens.indices where tokens[i].range.start < limit {
            if fields.overlap(tokens[i].range) || HeaderParser.isRuleToken(tokens[i]) {
                if first >= 0 { runs.append((first, last)); first = -1 }
                continue
            }
            if first >= 0, tokens[last].line != tokens[i].line { runs.append((first, last)); first = -1 }
            if first < 0 { first = i }
            last = i
        }
        if first >= 0 { runs.append((first, last)) }
        return runs
    }

    static let plainMarks: Set<String> = ["hoa toc", "thuong khan", "khan", "hoa toc hen gio", "rat khan", "tuyet mat", "toi mat", "mat"]
    /// `plainMarks` (ASCII), as a list.
    static let plainMarkList: [String] = Array(plainMarks)
    /// Whether some mark of `plainMarkList` has this many bytes (a key of
    /// another length is compared with none).
    static let plainMarkLengths: [Bool] = {
        var t = [Bool](repeating: false, count: 64)
        for m in plainMarkList { t[m.utf8.count] = true }
        return t
    }()

    mutating func findMarks() {
        let b = doc.clean
        for l in 0..<min(bodyStartLine, doc.lines.count) {
            let t = doc.lines[l].trimmed
            if t.isEmpty || t.length > 40 { continue }
            // Marks start with H, T, K, M or R (any case).
            let f = b[t.start] & 0xDF
            guard f == 0x48 || f == 0x54 || f == 0x4B || f == 0x4D || f == 0x52 else { continue }
            // Cheap test first: the line without diacritics must read as a mark.
            // (`tokenKey` is `tokenFacts`' plain form with trailing `,;:.`
            // dropped, made without arrays: it passes every line that form
            // passed, and the test on `up` below decides.)
            // (Compared with each mark without making the form when every
            // scalar takes the fast route: see `Vietnamese.tokenKeyEquals`.)
            guard Vietnamese.withTokenKey(b[t.start..<t.end], plain: true, { key, fast in
                fast ? key.count < 64 && HeaderParser.plainMarkLengths[key.count] && HeaderParser.plainMarkList.contains { Bytes.equal(key, $0) }
                    : HeaderParser.plainMarks.contains(String(decoding: key, as: UTF8.self))
            }) else { continue }
            let up = doc.cleanText(t).vbUpper
            switch up {
            case "HỎA TỐC", "THƯỢNG KHẨN", "KHẨN", "HỎA TỐC HẸN GIỜ", "RẤT KHẨN":
                header.urgency = Field(range: t, clean: doc.clean)
            case "TUYỆT MẬT", "TỐI MẬT", "MẬT":
                header.secrecy = Field(range: t, clean: doc.clean)
            default: _ = b
            }
        }
    }
}
