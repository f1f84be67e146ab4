public struct ParseOptions: Sendable {
    /// Treat the text as an official document even when the header is
    /// missing (rule examples, snippets, `--assume-document`).
    public var assumeDocument = false
    public init(assumeDocument: Bool = false) { self.assumeDocument = assumeDocument }
}

/// Parses the format of NĐ 30/2020/NĐ-CP Phụ lục I into a `Document`.
///
/// The parser never fails: whatever it cannot recognise stays a paragraph.
/// It runs in passes over the bytes: markup blanking, line table, header
/// fields (on a bounded prefix), body lines, closing blocks, inline scans.
public enum Parser {
    public static func parse(_ source: SourceText, options: ParseOptions = ParseOptions()) -> Document {
        var clean = MarkupCleaner.clean(source.bytes)
        // Room for the colon lines of most texts (a median of five, one in
        // ten with over twenty): one allocation, not one per doubling.
        var colonLines: [Int] = []
        colonLines.reserveCapacity(16)
        let lines = LineTable.build(source: source, clean: &clean, colonLines: &colonLines)
        var doc = Document(source: source, clean: clean)
        doc.lines = consume lines
        // The inline constructs read only `clean`, final once the line
        // table has blanked the noise lines: found now, in the pass that
        // also finds the end marks the body parser asks for.
        let endMarkStarts = InlineScanner.scan(&doc)
        var header = HeaderParser(text: ParseText(source: doc.source, clean: doc.clean, lines: doc.lines), endMarkStarts: endMarkStarts)
        header.run()
        // The results are moved out (`swap` with the document's empty
        // fields), not copied: a copy retained each of their references,
        // and freeing the parser released them again.
        swap(&doc.header, &header.header)
        swap(&doc.title, &header.title)
        let bodyStartLine = header.bodyStartLine, headerEnd = header.headerEnd, kinhGuiInline = header.kinhGuiInline
        // The body parser takes the line table over (it sets the lines'
        // kinds) as its only owner: while `doc` or the header parser's copy
        // of it held the table too, its first change copied the table.
        _ = consume header
        let bodyLines = doc.lines
        doc.lines = []
        var body = BodyParser(text: ParseText(source: doc.source, clean: doc.clean, lines: doc.lines),
                              typedOrNoVv: BodyParser.typedOrNoVv(doc.title), lines: bodyLines, startLine: bodyStartLine,
                              headerEnd: headerEnd, colonLines: colonLines, endMarkStarts: endMarkStarts)
        body.run()
        // Moved out as the header parser's results are.
        swap(&doc.kinhGui, &body.kinhGui)
        if doc.kinhGui.isNone { doc.kinhGui = kinhGuiInline }
        swap(&doc.preamble, &body.preamble)
        swap(&doc.enactingLine, &body.enacting)
        swap(&doc.structure, &body.structure)
        swap(&doc.attachments, &body.attachments)
        swap(&doc.endMarks, &body.endMarks)
        swap(&doc.signature, &body.signature)
        swap(&doc.noiNhan, &body.noiNhan)
        swap(&doc.lines, &body.lines)
        if (doc.title?.authority).isNone, let a = body.authorityBeforePreamble {
            if doc.title.isNone { doc.title = TitleBlock() }
            doc.title?.authority = a
        }
        // (Made first, then stored: assigned in one statement, the call was
        // given a copy of the whole document.)
        let citations = CitationExtractor.extract(doc)
        doc.citations = citations
        classify(&doc, options: options)
        return doc
    }

    public static func parse(_ text: String, options: ParseOptions = ParseOptions()) -> Document {
        parse(SourceText(text), options: options)
    }

    /// Decides `kind` and `isDocument` from the evidence found.
    static func classify(_ doc: inout Document, options: ParseOptions) {
        var kind: DocumentKind = .unknown
        var evidence: KindEvidence = .none
        if let k = doc.title?.typeKind {
            kind = k; evidence = .typeName
        } else if let t = doc.title?.typeName, let k = DocumentTypes.upperNamesLongestFirst.first(where: { $0.name == t.text.vbUpper })?.kind {
            kind = k; evidence = .typeName
        } else if (doc.title?.vv).isSome {
            // `V/v` belongs to công văn only; it wins over a code such as the
            // `CT` of Cục Thuế (`5615/CT-CS`), which reads like a chỉ thị's.
            kind = .congVan; evidence = .vv
        } else if let n = doc.header.number?.number, let code = n.typeCode, let k = DocumentTypes.kindByCode[code] {
            kind = k; evidence = .numberCode
        } else if let n = doc.header.number?.number, n.typeCode == nil, n.issuerCode != nil, n.year == nil {
            kind = .congVan; evidence = .numberWithoutCode
        }
        // Score the header evidence: a document has most of these.
        var score = 0
        // (`isSome`, not `!= nil`: the comparison of an optional struct
        // copies it and destroys the copy through its type's metadata.)
        if doc.header.quocHieu.isSome { score += 2 }
        if doc.header.tieuNgu.isSome { score += 1 }
        if doc.header.number.isSome { score += 2 }
        if doc.header.placeDate.isSome { score += 1 }
        if (doc.title?.typeName).isSome { score += 1 }
        if (doc.title?.vv).isSome { score += 1 }
        if doc.noiNhan.isSome { score += 1 }
        if doc.signature.isSome { score += 1 }
        if doc.kinhGui.isSome { score += 1 }
        doc.isDocument = score >= 3 || options.assumeDocument
        if !doc.isDocument {
            kind = .unknown; evidence = .none
        } else if kind == .unknown && options.assumeDocument && evidence == .none {
            evidence = .assumed
        }
        doc.kind = kind
        doc.kindEvidence = evidence
        if doc.isDocument { doc.outOfScope = ScopeDetector.outOfScope(doc) }
    }
}

/// Blanks Markdown and invisible markup with spaces, keeping every offset.
public enum MarkupCleaner {
    /// Whether `b[r]` holds a `<br>` tag (as `clean` blanks it).
    public static func containsLineBreakTag(_ b: [UInt8], in r: TextRange) -> Bool {
        b.withUnsafeBufferPointer { p in
            (r.start..<min(r.end, p.count)).contains { p[$0] == UInt8(ascii: "<") && lineBreakTagEnd(p, $0) != nil }
        }
    }

    /// The end of a `<br>` tag at `i` (any case, `<br/>`, `<br />`), or nil.
    static func lineBreakTagEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = b.count
        guard i + 3 < n, b[i + 1] | 0x20 == UInt8(ascii: "b"), b[i + 2] | 0x20 == UInt8(ascii: "r") else { return nil }
        var j = i + 3
        while j < n && b[j] == 0x20 && j - i < 8 { j += 1 }
        if j < n && b[j] == UInt8(ascii: "/") { j += 1 }
        return j < n && b[j] == UInt8(ascii: ">") ? j + 1 : nil
    }

    /// The copy is written as the text is read (one pass, no copy first):
    /// a window of sixteen bytes is stored as read, then rewritten from its
    /// first byte that may start markup, read alone. Every byte before `i` is written when
    /// `i` is reached, and no case leaves a change past the `i` it moves
    /// to, so the tests on bytes ahead read the source as they read the
    /// half-cleaned copy before, and `atLineStart` reads the written copy.
    public static func clean(_ src: [UInt8]) -> [UInt8] {
        let n = src.count
        guard n > 0 else { return src }
        return src.withUnsafeBufferPointer { s in
            [UInt8](unsafeUninitializedCapacity: n) { b, initialized in
                let sBase = s.baseAddress!, bBase = UnsafeMutableRawPointer(b.baseAddress!)
                var i = 0
                // Sixteen bytes at a time (SIMD) while none of them may start
                // markup; a byte that may is read alone.
                var scalarUntil = 0
                let star = SIMD16<UInt8>(repeating: 0x2A), hash = SIMD16<UInt8>(repeating: 0x23), ef = SIMD16<UInt8>(repeating: 0xEF)
                let x60 = SIMD16<UInt8>(repeating: 0x60), x7C = SIMD16<UInt8>(repeating: 0x7C)
                let x20 = SIMD16<UInt8>(repeating: 0x20), e2 = SIMD16<UInt8>(repeating: 0xE2)
                // The lanes that may start markup, and a few more: `v | 0x60
                // == 0x7C` holds for `<`, `\\`, `|` (and the control byte 1C),
                // `v | 0x20 == 0xE2` for C2 and E2. Such a byte is read
                // alone, where `special` decides exactly.
                @inline(__always) func mayStartMarkup(_ v: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
                    let ascii: SIMDMask<SIMD16<Int8>> = (v .== star) .| (v .== hash) .| ((v | x60) .== x7C)
                    return ascii .| ((v | x20) .== e2) .| (v .== ef)
                }
                let special = MarkupCleaner.special
                while i < n {
                    if i >= scalarUntil {
                        // Thirty-two bytes a step while neither half may start
                        // markup (both halves stored as read, as below).
                        i = MarkupCleaner.copyPlain(sBase, to: bBase, from: i, count: n)
                        // (The steps may end exactly at the end of the text.)
                        guard i < n else { break }
                        if i + 16 <= n {
                            let v = UnsafeRawPointer(sBase + i).loadUnaligned(as: SIMD16<UInt8>.self)
                            bBase.storeBytes(of: v, toByteOffset: i, as: SIMD16<UInt8>.self)
                            let lanes = ByteScan.laneMask(mayStartMarkup(v))
                            if lanes == 0 { i &+= 16; continue }
                            // The bytes before the first lane that may start
                            // markup are stored as read (none is special):
                            // straight to that lane, which is read alone, and
                            // sixteen at a time again after it.
                            i &+= lanes.trailingZeroBitCount
                            scalarUntil = i + 1
                        }
                    }
                    let c = s[i]
                    b[i] = c
                    // Bytes that never start markup: copied (the common case).
                    if !special[Int(c)] { i &+= 1; continue }
                    switch c {
                    case UInt8(ascii: "*"), UInt8(ascii: "|"):
                        b[i] = 0x20
                    case UInt8(ascii: "#") where MarkupCleaner.atLineStart(b, i):
                        var j = i
                        while j < n && s[j] == UInt8(ascii: "#") { j += 1 }
                        let blank = j < n && s[j] == 0x20
                        for k in i..<j { b[k] = blank ? 0x20 : s[k] }
                        i = j
                        continue
                    case UInt8(ascii: "\\"):
                        // An escape (`\*`, `\.`), or a hard line break at a line's
                        // end (Pandoc writes `- Như trên;\`).
                        if i + 1 < n, s[i + 1] < 0x80, s[i + 1] > 0x20, !Bytes.isASCIILetter(s[i + 1]), !Bytes.isDigit(s[i + 1]) { b[i] = 0x20 }
                        else if i + 1 == n || s[i + 1] == 0x0A || s[i + 1] == 0x0D { b[i] = 0x20 }
                    case UInt8(ascii: "<"):
                        // A line break inside a Markdown table cell (`<br>`,
                        // `<br/>`, `<br />`): blanked, so the cell's parts
                        // read as columns of one line.
                        if let end = MarkupCleaner.lineBreakTagEnd(s, i) {
                            for k in i..<end { b[k] = 0x20 }
                            i = end
                            continue
                        }
                        if i + 3 < n && s[i + 1] == UInt8(ascii: "!") && s[i + 2] == UInt8(ascii: "-") && s[i + 3] == UInt8(ascii: "-") {
                            var j = i + 4
                            var closed = false
                            while j + 2 < n {
                                if s[j] == UInt8(ascii: "-") && s[j + 1] == UInt8(ascii: "-") && s[j + 2] == UInt8(ascii: ">") { closed = true; break }
                                j += 1
                            }
                            if closed {
                                for k in i..<(j + 3) { b[k] = s[k] == 0x0A || s[k] == 0x0D ? s[k] : 0x20 }
                                i = j + 3
                                continue
                            }
                        }
                    case 0xC2:
                        // NBSP, soft hyphen.
                        if i + 1 < n && (s[i + 1] == 0xA0 || s[i + 1] == 0xAD) { b[i] = 0x20; b[i + 1] = 0x20; i += 2; continue }
                    case 0xE2:
                        // Zero-width space/joiners (U+200B–U+200D), word joiner U+2060.
                        if i + 2 < n && s[i + 1] == 0x80 && s[i + 2] >= 0x8B && s[i + 2] <= 0x8D { b[i] = 0x20; b[i + 1] = 0x20; b[i + 2] = 0x20; i += 3; continue }
                        if i + 2 < n && s[i + 1] == 0x81 && s[i + 2] == 0xA0 { b[i] = 0x20; b[i + 1] = 0x20; b[i + 2] = 0x20; i += 3; continue }
                    case 0xEF:
                        // Stray BOM (U+FEFF) inside the text.
                        if i + 2 < n && s[i + 1] == 0xBB && s[i + 2] == 0xBF { b[i] = 0x20; b[i + 1] = 0x20; b[i + 2] = 0x20; i += 3; continue }
                    default: break
                    }
                    i &+= 1
                }
                initialized = n
            }
        }
    }

    /// Copies `src[i...]` to `dst` thirty-two bytes at a time while none
    /// of them may start markup (`clean`'s `mayStartMarkup`), and returns
    /// where it stopped: at the first window of thirty-two that holds such
    /// a byte (stored too, as read), or where fewer than thirty-two are
    /// left. Out of line: inside `clean`, whose other paths keep vectors
    /// live, the loop's constants were reloaded and its registers shuffled
    /// at every step (about twice the instructions).
    @inline(never)
    static func copyPlain(_ src: UnsafePointer<UInt8>, to dst: UnsafeMutableRawPointer, from start: Int, count n: Int) -> Int {
        let xF6 = SIMD16<UInt8>(repeating: 0xF6), x22 = SIMD16<UInt8>(repeating: 0x22), ef = SIMD16<UInt8>(repeating: 0xEF)
        let x60 = SIMD16<UInt8>(repeating: 0x60), x7C = SIMD16<UInt8>(repeating: 0x7C)
        let x20 = SIMD16<UInt8>(repeating: 0x20), e2 = SIMD16<UInt8>(repeating: 0xE2)
        /// `clean`'s `mayStartMarkup` and two bytes more: `v & 0xF6 ==
        /// 0x22` holds for `*` and `#`, and for `"` and `+` (rare; read
        /// alone, they are copied as any byte that starts no markup).
        @inline(__always) func mayStartMarkup(_ v: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
            let ascii: SIMDMask<SIMD16<Int8>> = ((v & xF6) .== x22) .| ((v | x60) .== x7C)
            return ascii .| ((v | x20) .== e2) .| (v .== ef)
        }
        var i = start
        // (`i` stays below `n`, so `i &+ 32` cannot overflow.)
        while i &+ 32 <= n {
            let v = UnsafeRawPointer(src + i).loadUnaligned(as: SIMD16<UInt8>.self)
            let w = UnsafeRawPointer(src + i + 16).loadUnaligned(as: SIMD16<UInt8>.self)
            dst.storeBytes(of: v, toByteOffset: i, as: SIMD16<UInt8>.self)
            dst.storeBytes(of: w, toByteOffset: i + 16, as: SIMD16<UInt8>.self)
            if ByteScan.any(mayStartMarkup(v) .| mayStartMarkup(w)) { break }
            i &+= 32
        }
        return i
    }

    /// Bytes that may start markup: `*`, `|`, `#`, `\\`, `<`, and the lead
    /// bytes of NBSP/soft hyphen, zero-width characters and a stray BOM.
    static let special: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for c in [UInt8(ascii: "*"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "\\"), UInt8(ascii: "<"), 0xC2, 0xE2, 0xEF] { t[Int(c)] = true }
        return t
    }()

    /// Whether only blanks precede `i` on its line.
    @inline(__always)
    static func atLineStart(_ b: UnsafeMutableBufferPointer<UInt8>, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && (b[k] == 0x20 || b[k] == 0x09) { k -= 1 }
        return k < 0 || b[k] == 0x0A || b[k] == 0x0D
    }
}

/// What the header and body parsers read of the document they parse: its
/// source, markup-free bytes and line table, under the names `Document`
/// gives them. (The parsers held the `Document` itself, and each call of
/// one of their methods from a mutating one copied it whole: two dozen
/// references retained, then released, where these need three.)
struct ParseText {
    let source: SourceText
    let clean: [UInt8]
    let lines: [LineInfo]

    init(_ doc: Document) {
        self.init(source: doc.source, clean: doc.clean, lines: doc.lines)
    }

    /// (`Parser.parse` gives the fields: passed the whole `Document`, the
    /// parsers' initialisers were given a copy of it, made and freed.)
    init(source: SourceText, clean: [UInt8], lines: [LineInfo]) {
        self.source = source
        self.clean = clean
        self.lines = lines
    }

    /// `Document.cleanText`.
    func cleanText(_ r: TextRange) -> String { String(decoding: clean[r.start..<r.end], as: UTF8.self) }

    /// `Document.isAttachedByLine`.
    func isAttachedByLine(_ line: Int) -> Bool { Keywords.isAttachedByLine(line, lines: lines, clean: clean) }
}

enum LineTable {
    /// Builds the line table. Noise lines (page-break markers, Công báo
    /// running headers, stray scan numbers) are classified `.noise` and
    /// blanked in `clean`, so that no later pass reads them as text.
    static func build(source: SourceText, clean: inout [UInt8]) -> [LineInfo] {
        var colonLines: [Int] = []
        return build(source: source, clean: &clean, colonLines: &colonLines)
    }

    /// `build`, also listing in `colonLines`, in order, the lines whose
    /// trimmed text ends with a colon (`BodyParser.findEnactingLine` reads
    /// only those: the enacting line ends with one).
    static func build(source: SourceText, clean: inout [UInt8], colonLines: inout [Int]) -> [LineInfo] {
        let starts = source.lineStarts, bytes = source.bytes
        let lineCount = starts.count
        // Noise lines are blanked after the pass: a line's tests read only
        // its own bytes, so blanking one later changes no other line's
        // reading, and the pass reads `clean` through a pointer.
        var noise: [TextRange] = []
        // One entry per line, written in place (no append per line).
        let out = [LineInfo](unsafeUninitializedCapacity: lineCount) { buffer, initialized in
            let outBase = buffer.baseAddress
            clean.withUnsafeBufferPointer { c in
                bytes.withUnsafeBufferPointer { src in
                    starts.withUnsafeBufferPointer { starts in
                        for l in 0..<lineCount {
                            // `source.lineRange(l)`, without a call per line.
                            let ls = starts[l]
                            var le = l + 1 < lineCount ? starts[l + 1] : src.count
                            if le > ls && src[le - 1] == 0x0A { le -= 1 }
                            if le > ls && src[le - 1] == 0x0D { le -= 1 }
                            let r = TextRange(ls, le)
                            var s = r.start, e = r.end
                            while s < e && Bytes.isBlank(c[s]) { s += 1 }
                            while e > s && Bytes.isBlank(c[e - 1]) { e -= 1 }
                            var kind: LineKind = .paragraph
                            if s == e {
                                kind = .blank
                            } else if isDecoration(c, s, e) {
                                kind = .decoration
                            } else if mayBeNoise(c[s]), mayBeNoiseLine(c, s, e), isNoise(c, s, e) {
                                kind = .noise
                                noise.append(TextRange(s, e))
                                e = s
                            }
                            if e > s && c[e - 1] == UInt8(ascii: ":") { colonLines.append(l) }
                            (outBase! + l).initialize(to: LineInfo(range: r, trimmed: TextRange(s, e), kind: kind))
                        }
                    }
                }
            }
            initialized = lineCount
        }
        for r in noise { for k in r.start..<r.end { clean[k] = 0x20 } }
        return out
    }

    static let pageWords: [[UInt8]] = ["PAGE", "Page", "page", "Trang", "TRANG"].map { Array($0.utf8) }
    static let congBao: [[UInt8]] = ["CÔNG BÁO", "Công báo", "CONG BAO"].map { Array($0.utf8) }

    /// Whether a trimmed line opening with `first` may be noise: each kind
    /// `isNoise` finds opens with a digit, a dash or `=` (before the page
    /// word), or the `C` of `CÔNG BÁO`.
    @inline(__always)
    static func mayBeNoise(_ first: UInt8) -> Bool {
        Bytes.isDigit(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "=") || first == UInt8(ascii: "C")
    }

    /// Whether a trimmed line that `mayBeNoise` passed may be noise, read
    /// as far as `isNoise` needs to decide most lines: one opening with a
    /// digit is noise only when digits and blanks run to its end (its page
    /// marker test counts no dash, and its Công báo test wants a `C`); one
    /// opening with `-` or `=` only when two dashes lead it. Inline: most
    /// lines so tested (`1. …`, `- …`) fail at their second byte. One
    /// opening with `C` only when its second byte is that of a spelling
    /// in `congBao` (`Ô`'s lead byte C3 or `O`; `Căn cứ`, `Chương` fail).
    @inline(__always)
    static func mayBeNoiseLine(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let f = b[s]
        if f == UInt8(ascii: "C") {
            return s + 1 < e && (b[s + 1] == 0xC3 || b[s + 1] == UInt8(ascii: "O"))
        }
        if Bytes.isDigit(f) {
            var i = s + 1
            while i < e && (Bytes.isDigit(b[i]) || Bytes.isBlank(b[i])) { i += 1 }
            return i == e
        }
        if f == UInt8(ascii: "-") || f == UInt8(ascii: "=") {
            var i = s, dashes = 0
            while i < e && dashes < 2 && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "=") || Bytes.isBlank(b[i])) {
                if !Bytes.isBlank(b[i]) { dashes += 1 }
                i += 1
            }
            return dashes >= 2
        }
        return true
    }

    /// `--- PAGE 1 ---`, `CÔNG BÁO/Số 245/Ngày 23-04-2026`, `09578650`.
    static func isNoise(_ b: [UInt8], _ s: Int, _ e: Int) -> Bool {
        b.withUnsafeBufferPointer { isNoise($0, s, e) }
    }

    /// `isNoise` on a buffer (`build` reads the text through a pointer:
    /// passing the array cost a retain and a release per line tested).
    static func isNoise(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        /// `Bytes.hasPrefix(b, at: i, w, end: e)`.
        func has(_ w: [UInt8], at i: Int) -> Bool {
            guard i + w.count <= e else { return false }
            for k in 0..<w.count where b[i + k] != w[k] { return false }
            return true
        }
        // Digits only: a scan number or a page number (a lone 4-digit
        // number may be the year of a date broken over lines).
        var i = s
        var digits = 0
        while i < e && (Bytes.isDigit(b[i]) || Bytes.isBlank(b[i])) { if Bytes.isDigit(b[i]) { digits += 1 }; i += 1 }
        if i == e && digits > 0 && digits != 4 { return true }
        // Page-break markers: dashes (or none), a page word, a number, dashes.
        i = s
        var dashes = 0
        while i < e && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "=") || Bytes.isBlank(b[i])) { if !Bytes.isBlank(b[i]) { dashes += 1 }; i += 1 }
        if dashes >= 2, e - s <= 40, pageWords.contains(where: { has($0, at: i) }) { return true }
        // Công báo running header: "CÔNG BÁO/Số 1053 + 1054/Ngày 10-8-2025".
        // (Every spelling in `congBao` starts with "C".)
        if e - s <= 80, b[s] == UInt8(ascii: "C"), congBao.contains(where: { has($0, at: s) }) {
            let k = s + 9
            if k < e, (s..<e).contains(where: { b[$0] == UInt8(ascii: "/") }) { return true }
        }
        return false
    }

    /// Rules drawn with characters (`-------`, `___`, `===`), or a line of
    /// only punctuation left from a table border.
    /// (A line whose first byte neither draws a rule nor is blank, most
    /// lines, is told by that byte alone, in one branch: the loop's tests,
    /// taken in turn, were mispredicted often.)
    static func isDecoration(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard s < e else { return false }
        let f = b[s]
        if !opensRule(f) { return false }
        var i = s
        var count = 0
        while i < e {
            let c = b[i]
            if c == 0x20 || c == 0x09 { i += 1; continue }
            if c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: "=") || c == UInt8(ascii: "+") {
                count += 1; i += 1; continue
            }
            // en/em dash, box drawing
            if c == 0xE2, i + 2 < e, b[i + 1] == 0x80 || b[i + 1] == 0x94 { i += 3; count += 1; continue }
            return false
        }
        return count >= 3
    }

    /// Whether `isDecoration`'s loop reads past the byte `f`: a blank, `-`,
    /// `_`, `=`, `+`, or E2 (the lead byte of a long dash or a box-drawing
    /// character). Bit arithmetic, no branch: the bytes below 0x40 by a
    /// mask of bits.
    @inline(__always)
    static func opensRule(_ f: UInt8) -> Bool {
        let low: UInt64 = 1 << 0x20 | 1 << 0x09 | 1 << 0x2D | 1 << 0x3D | 1 << 0x2B
        let inLow = (low >> UInt64(f & 63)) & UInt64(f < 0x40 ? 1 : 0)
        return inLow | UInt64(f == 0x5F ? 1 : 0) | UInt64(f == 0xE2 ? 1 : 0) != 0
    }
}

extension String {
    /// Upper case with tone placement folded ("HOÀ" → "HÒA"), for comparing
    /// type names and header phrases.
    public var vbUpper: String { ToneFolding.upperFolded(self) ?? self.vbFolded.uppercased() }
}
