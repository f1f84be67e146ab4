import Testing
@testable import VanBan

/// The parser's fast paths against the general code they stand in for, on
/// the fixture documents and (when present beside the clone) the real corpus.
@Suite struct ParserFastPathTests {
    /// Markup-free texts: the fixtures, the real corpus, and a few lines
    /// with every kind of anchor at the edges of the text.
    static let texts: [[UInt8]] = {
        var out: [[UInt8]] = [
            "Điều 5", "/", "x/", "Luật", "ĐIỀU 3 khoản 2 điểm a", "(Nghị định này)", "Mục", "12/2020/NĐ-CP",
            "xem “Điều 5”, khoản 2 và điểm a; Luật Đất đai, Nghị định này, ĐIỀU 3, 12/2020/NĐ-CP",
            "chương trình Chương II Phần thứ nhất Phụ lục tiểu mục Tiểu mục 2 Hiến pháp Bộ luật Pháp lệnh",
            "ngày 5 tháng 6 năm 2020, Ngày 10/4/2007 ngành ngà ngàyy (CNTT) ng",
        ].map { Array($0.utf8) }
        var names = TestFiles.list(TestFiles.fixtures).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { TestFiles.fixtures + "/" + $0 }
        if let corpus = TestFiles.realCorpus {
            names += TestFiles.list(corpus).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { corpus + "/" + $0 }
        }
        for name in names {
            if let bytes = TestFiles.read(name) { out.append(MarkupCleaner.clean(bytes)) }
        }
        return out
    }()

    /// Every stop of a scan that starts again one past each stop.
    static func stops(_ b: [UInt8], _ next: (UnsafeBufferPointer<UInt8>, Int) -> Int) -> [Int] {
        b.withUnsafeBufferPointer { p in
            var out: [Int] = []
            var i = 0
            while true {
                i = next(p, i)
                if i >= p.count { break }
                out.append(i)
                i += 1
            }
            return out
        }
    }

    /// Whether one of the extractor's branches could fire at `k`: a `/`, a
    /// unit or law word, or a type name opening with a capital.
    static func anchorStarts(_ b: [UInt8], at k: Int) -> Bool {
        if b[k] == UInt8(ascii: "/") { return true }
        if CitationExtractor.unitIndex.match(b, at: k) != nil || CitationExtractor.lawIndex.match(b, at: k) != nil { return true }
        let capital = Bytes.isASCIIUpper(b[k]) || b[k] == 0xC4 && k + 1 < b.count && b[k + 1] == 0x90
        return capital && CitationExtractor.typeNameIndex.match(b, at: k) != nil
    }

    /// The pair scan stops at a subset of the byte-by-byte scan's
    /// positions, and drops only positions where no anchor starts.
    @Test func anchorPairScanKeepsEveryAnchor() {
        let scanner = CitationExtractor.anchorScanner
        for b in Self.texts {
            let fast = Self.stops(b) { scanner.next($0, from: $1) }
            let general = Self.stops(b) { scanner.nextByteByByte($0, from: $1) }
            let generalSet = Set(general)
            #expect(fast.allSatisfy { generalSet.contains($0) })
            let fastSet = Set(fast)
            for k in general where !fastSet.contains(k) {
                #expect(!Self.anchorStarts(b, at: k), "dropped an anchor at \(k)")
            }
        }
    }

    /// `next` keeping its last block between calls (as the extractor calls
    /// it, starting again past each stop, at times well past it) stops
    /// where a scan that reads every block afresh stops.
    @Test func anchorScanKeepingItsBlockStopsAlike() {
        let scanner = CitationExtractor.anchorScanner
        var compared = 0
        for b in Self.texts {
            for stride in [1, 3, 40] {
                b.withUnsafeBufferPointer { p in
                    var block = AnchorScanner.Block()
                    var i = 0
                    while i < p.count {
                        let kept = scanner.next(p, from: i, block: &block)
                        #expect(kept == scanner.next(p, from: i), "from \(i)")
                        compared += 1
                        if kept >= p.count { break }
                        i = kept + 1 + kept % stride
                    }
                }
            }
        }
        #expect(compared > 100)
    }

    /// `findEnactingLine` skips lines that do not end with a colon: the
    /// general test never accepts one.
    @Test func enactingLinesEndWithAColon() {
        var found = 0
        for b in Self.texts {
            var s = 0
            for e in 0...b.count where e == b.count || b[e] == 0x0A {
                var ts = s, te = e
                while ts < te && Bytes.isWhitespace(b[ts]) { ts += 1 }
                while te > ts && Bytes.isWhitespace(b[te - 1]) { te -= 1 }
                if te > ts && BodyParser.isEnactingLine(b, TextRange(ts, te)) {
                    found += 1
                    #expect(b[te - 1] == UInt8(ascii: ":"))
                }
                s = e + 1
            }
        }
        for line in ["QUYẾT ĐỊNH:", "QUYẾT NGHỊ :", "Chính phủ ban hành Nghị định QUYẾT ĐỊNH:"] {
            let b = Array(line.utf8)
            #expect(BodyParser.isEnactingLine(b, TextRange(0, b.count)))
        }
        #expect(found > 0)
    }

    /// The inline scan's SIMD skip stops at a subset of the byte-by-byte
    /// scan's positions and drops no "(" and no "ngày"/"Ngày".
    @Test func inlineSkipKeepsEveryDateAndParenthesis() {
        let ngay = Array("ngày".utf8), ngayUpper = Array("Ngày".utf8)
        for b in Self.texts {
            let fast = Self.stops(b) { InlineScanner.nextCandidate($0, from: $1) }
            let general = Self.stops(b) { InlineScanner.nextCandidateByteByByte($0, from: $1) }
            let generalSet = Set(general)
            #expect(fast.allSatisfy { generalSet.contains($0) })
            let fastSet = Set(fast)
            for k in general where !fastSet.contains(k) {
                #expect(b[k] != UInt8(ascii: "(") && !Bytes.hasPrefix(b, at: k, ngay) && !Bytes.hasPrefix(b, at: k, ngayUpper), "dropped \(k)")
            }
        }
    }

    /// `Bytes.find` (SIMD, then SWAR, on the needle's rarest byte) finds
    /// the first occurrence a naive search finds, over whole documents and
    /// short ranges.
    @Test func findMatchesNaiveSearch() {
        func naive(_ needle: [UInt8], _ hay: [UInt8], _ from: Int, _ to: Int) -> Int? {
            guard !needle.isEmpty, from >= 0 else { return nil }
            var i = from
            while i + needle.count <= to {
                if hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
                i += 1
            }
            return nil
        }
        let needles = ["./.", "/", "__", "...", "…", "kèm theo", "Điều", "QUYẾT ĐỊNH:", "ngày", "zzzz"].map { Array($0.utf8) }
        for b in Self.texts.prefix(40) {
            for nd in needles {
                var i = 0
                var count = 0
                while count < 30 {
                    let expected = naive(nd, b, i, b.count)
                    #expect(Bytes.find(nd, in: b, from: i) == expected)
                    guard let k = expected else { break }
                    i = k + 1
                    count += 1
                }
                for (s, e) in [(0, min(b.count, 17)), (b.count / 3, min(b.count, b.count / 3 + 40)), (max(0, b.count - 33), b.count)] {
                    #expect(Bytes.find(nd, in: b, from: s, to: e) == naive(nd, b, s, e))
                }
            }
        }
    }

    /// `MarkupCleaner.clean` as it was before it wrote its copy while
    /// reading: a copy of the text first, then blanked in place.
    static func cleanInPlace(_ src: [UInt8]) -> [UInt8] {
        var out = src
        out.withUnsafeMutableBufferPointer { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                switch c {
                case UInt8(ascii: "*"), UInt8(ascii: "|"):
                    b[i] = 0x20
                case UInt8(ascii: "#") where MarkupCleaner.atLineStart(b, i):
                    var j = i
                    while j < n && b[j] == UInt8(ascii: "#") { j += 1 }
                    if j < n && b[j] == 0x20 { for k in i..<j { b[k] = 0x20 } }
                    i = j
                    continue
                case UInt8(ascii: "\\"):
                    if i + 1 < n, b[i + 1] < 0x80, b[i + 1] > 0x20, !Bytes.isASCIILetter(b[i + 1]), !Bytes.isDigit(b[i + 1]) { b[i] = 0x20 }
                    else if i + 1 == n || b[i + 1] == 0x0A || b[i + 1] == 0x0D { b[i] = 0x20 }
                case UInt8(ascii: "<"):
                    if let end = MarkupCleaner.lineBreakTagEnd(UnsafeBufferPointer(b), i) {
                        for k in i..<end { b[k] = 0x20 }
                        i = end
                        continue
                    }
                    if i + 3 < n && b[i + 1] == UInt8(ascii: "!") && b[i + 2] == UInt8(ascii: "-") && b[i + 3] == UInt8(ascii: "-") {
                        var j = i + 4
                        var closed = false
                        while j + 2 < n {
                            if b[j] == UInt8(ascii: "-") && b[j + 1] == UInt8(ascii: "-") && b[j + 2] == UInt8(ascii: ">") { closed = true; break }
                            j += 1
                        }
                        if closed {
                            for k in i..<(j + 3) where b[k] != 0x0A && b[k] != 0x0D { b[k] = 0x20 }
                            i = j + 3
                            continue
                        }
                    }
                case 0xC2:
                    if i + 1 < n && (b[i + 1] == 0xA0 || b[i + 1] == 0xAD) { b[i] = 0x20; b[i + 1] = 0x20; i += 2; continue }
                case 0xE2:
                    if i + 2 < n && b[i + 1] == 0x80 && b[i + 2] >= 0x8B && b[i + 2] <= 0x8D { b[i] = 0x20; b[i + 1] = 0x20; b[i + 2] = 0x20; i += 3; continue }
                    if i + 2 < n && b[i + 1] == 0x81 && b[i + 2] == 0xA0 { b[i] = 0x20; b[i + 1] = 0x20; b[i + 2] = 0x20; i += 3; continue }
                case 0xEF:
                    if i + 2 < n && b[i + 1] == 0xBB && b[i + 2] == 0xBF { b[i] = 0x20; b[i + 1] = 0x20; b[i + 2] = 0x20; i += 3; continue }
                default: break
                }
                i += 1
            }
        }
        return out
    }

    /// The one-pass copy gives the in-place blanking's bytes, on raw
    /// documents and on markup at every offset of a window.
    @Test func cleanWritesTheSameCopy() {
        var sources: [[UInt8]] = []
        var names = TestFiles.list(TestFiles.fixtures).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { TestFiles.fixtures + "/" + $0 }
        if let corpus = TestFiles.realCorpus {
            names += TestFiles.list(corpus).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { corpus + "/" + $0 }
        }
        for name in names { if let b = TestFiles.read(name) { sources.append(b) } }
        let pieces = ["**Điều 1.**", "| a | b |", "## Chương I", "#x", "\\*", "\\a", "<!-- c\nd -->", "<!-- open", "\u{00A0}", "\u{00AD}", "\u{200B}", "\u{2060}", "\u{FEFF}", "\n# ", "é", "\r\n### T", "<br>", "<BR/>", "<br />", "<bra>", "<b", "- Như trên;\\\n", "x\\\r\n", "\\"]
        for p in pieces {
            for pad in 0..<20 {
                sources.append(Array((String(repeating: "a", count: pad) + p + String(repeating: " x", count: 12) + p).utf8))
            }
        }
        sources.append([])
        for b in sources {
            #expect(MarkupCleaner.clean(b) == Self.cleanInPlace(b))
        }
    }

    /// Header tokens keep their bytes and make their text when asked: the
    /// text is the one the token was made with before (the clean bytes, or
    /// the pieces emphasis split, joined), and `joinedText` joins those
    /// texts with one space.
    @Test func headerTokensGiveTheirTexts() {
        var docs = TestFiles.list(TestFiles.fixtures).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { TestFiles.fixture($0) }
        docs.append(Parser.parse("C**ỘNG HÒA** XÃ HỘI\nSố: 12/QĐ-UBND\nHà Nội, ng**ày** 5 tháng 6 năm 2020\nQUYẾT ĐỊNH"))
        for doc in docs {
            var h = HeaderParser(doc: doc)
            h.findHeaderEnd()
            h.tokenize()
            for t in h.tokens {
                let raw = String(decoding: doc.clean[t.range.start..<t.range.end], as: UTF8.self)
                if !raw.utf8.contains(0x20) { #expect(t.text == raw) }
                #expect(!t.text.isEmpty)
            }
            for k in 0..<max(0, h.tokens.count - 3) {
                #expect(h.joinedText(k, k + 2) == h.tokens[k...(k + 2)].map(\.text).joined(separator: " "))
            }
        }
    }

    /// The field ranges read once per loop answer as the fields read at
    /// each token did: overlap with and start at each token.
    @Test func headerFieldRangesMatchTheFields() {
        let docs = TestFiles.list(TestFiles.fixtures).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { TestFiles.fixture($0) }
        var checked = 0
        for doc in docs {
            var h = HeaderParser(doc: doc)
            h.run()
            let fields = h.fieldRanges
            let all = [h.header.quocHieu?.range, h.header.tieuNgu?.range, h.header.number?.range, h.header.placeDate?.range]
            for t in h.tokens {
                let overlaps = all.contains { $0.map { $0.overlaps(t.range) } ?? false }
                let starts = all.contains { $0?.start == t.range.start }
                #expect(fields.overlap(t.range) == overlaps)
                #expect((fields.quocHieu?.start == t.range.start || fields.tieuNgu?.start == t.range.start
                         || fields.number?.start == t.range.start || fields.placeDate?.start == t.range.start) == starts)
                if overlaps { checked += 1 }
            }
        }
        #expect(checked > 0)
    }

    /// The line table's inline line ranges are `SourceText.lineRange`, and
    /// its first-byte test before `isNoise` keeps every noise line.
    @Test func lineTableRangesAndNoiseFilter() {
        var sources: [SourceText] = []
        var names = TestFiles.list(TestFiles.fixtures).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { TestFiles.fixtures + "/" + $0 }
        if let corpus = TestFiles.realCorpus {
            names += TestFiles.list(corpus).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { corpus + "/" + $0 }
        }
        for name in names { if let b = TestFiles.read(name), let s = try? SourceText(decoding: b) { sources.append(s) } }
        sources.append(SourceText("a\r\nb\rc\n\n--- PAGE 2 ---\n0957865\nCÔNG BÁO/Số 245/Ngày 23-04-2026\n== Trang 3 ==\r\n"))
        sources.append(SourceText(""))
        var noise = 0
        for source in sources {
            var clean = MarkupCleaner.clean(source.bytes)
            let original = clean
            let lines = LineTable.build(source: source, clean: &clean)
            #expect(lines.count == source.lineCount)
            for (l, info) in lines.enumerated() {
                #expect(info.range == source.lineRange(l))
                var s = info.range.start, e = info.range.end
                while s < e && Bytes.isBlank(original[s]) { s += 1 }
                while e > s && Bytes.isBlank(original[e - 1]) { e -= 1 }
                if s < e && LineTable.isNoise(original, s, e) {
                    noise += 1
                    #expect(LineTable.mayBeNoise(original[s]))
                }
            }
        }
        #expect(noise > 0)
    }

    /// The documents of the fixtures and the real corpus, parsed.
    static func parsedDocuments() -> [Document] {
        var names = TestFiles.list(TestFiles.fixtures).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { TestFiles.fixtures + "/" + $0 }
        if let corpus = TestFiles.realCorpus {
            names += TestFiles.list(corpus).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { corpus + "/" + $0 }
        }
        return names.compactMap { name in TestFiles.read(name).flatMap { try? SourceText(decoding: $0) }.map { Parser.parse($0) } }
    }

    /// A field made from the markup-free bytes reads the text
    /// `Document.cleanText` gives for its range (what the parser stored
    /// before), in every place the parser makes one that way.
    @Test func lazyFieldTextsAreCleanTexts() {
        var checked = 0
        for doc in Self.parsedDocuments() {
            func check(_ f: Field?) {
                guard let f else { return }
                #expect(f.text == doc.cleanText(f.range))
                checked += 1
            }
            func walk(_ nodes: [StructureNode]) {
                for n in nodes { check(n.keyword); check(n.number); check(n.delimiter); check(n.title); walk(n.children) }
            }
            walk(doc.structure)
            for a in doc.attachments { walk(a.structure) }
            for i in (doc.kinhGui?.items ?? []) + (doc.noiNhan?.items ?? []) { check(i.marker); check(i.text) }
            check(doc.kinhGui?.label); check(doc.noiNhan?.label)
            check(doc.header.urgency); check(doc.header.secrecy)
            for a in doc.abbreviations { check(a.expansion) }
            for c in doc.citations {
                check(c.typeName); check(c.dateField); check(c.issuer); check(c.subject); check(c.name); check(c.deixis)
                for u in c.units { check(u.keyword); u.numbers.forEach(check) }
            }
        }
        // The fixtures alone hold a few hundred such fields; with the corpus, many thousands.
        #expect(checked > (TestFiles.realCorpus == nil ? 300 : 1000), "\(checked) fields checked")
    }

    /// A lazy field keeps its text when its range changes, takes a text
    /// set on it, and compares equal to the eager field with the same text.
    @Test func lazyFieldAcrossMutation() {
        let clean = Array("Điều 5. Phạm vi".utf8)
        let r = TextRange(0, 9)
        var lazy = Field(range: r, clean: clean)
        let eager = Field(range: r, text: "Điều 5")
        #expect(lazy.text == "Điều 5")
        #expect(lazy == eager)
        lazy.range = TextRange(11, clean.count)
        #expect(lazy.text == "Điều 5")
        #expect(lazy != eager)
        lazy.range = r
        #expect(lazy == eager)
        var other = Field(range: TextRange(11, clean.count), clean: clean)
        #expect(other.text == "Phạm vi")
        other.text = "x"
        #expect(other.text == "x")
        other.range = r
        #expect(other.text == "x")
    }

    /// `HeaderParser.cannotOpenAuthority` rejects only texts that
    /// `Keywords.isAuthorityStart` on their `vbUpper` rejects: every line
    /// of the fixtures and the corpus, and every word of them (the header's
    /// lines start at any token), and texts in every case and spelling.
    @Test func authorityFirstByteFilterKeepsEveryAuthority() {
        var texts = ["BỘ TRƯỞNG", "bộ trưởng", "Bộ Trưởng", "ỦY BAN", "U\u{0309}Y BAN", "Ủy ban", "uỷ ban", "ĐẢNG ĐOÀN", "đảng đoàn",
                     "CHỦ TỊCH", "chủ tịch", "TRƯỞNG BAN", "trưởng", "hoà", "HOÀ", "OÀ", "oà", "QUỐC HỘI", "quốc hội", "xA", "xa", "A", "a", "1.", "--",
                     "T\u{0300}RƯỞNG", "VIỆN TRƯỞNG", "vụ trưởng", "giám đốc", "hiệu trưởng", "ban chấp hành", "thống đốc", "Số", "NƠI NHẬN"]
        for b in Self.texts {
            let s = String(decoding: b, as: UTF8.self)
            for line in s.split(whereSeparator: \.isNewline) {
                let t = line.trimmingPrefix(while: \.isWhitespace)
                texts.append(String(t))
                for w in t.split(separator: " ").prefix(40) { texts.append(String(w)) }
            }
        }
        var rejected = 0
        for t in texts where HeaderParser.cannotOpenAuthority(Array(t.utf8)[...]) {
            #expect(!Keywords.isAuthorityStart(t.vbUpper), "\(t)")
            rejected += 1
        }
        // The fixtures' lines and words alone give several hundred; with the corpus, thousands.
        #expect(rejected > (TestFiles.realCorpus == nil ? 500 : 1000), "\(rejected) texts rejected")
    }

    /// `BodyParser.isAllCaps` as it was (`isLower`, then `isUpper`, on the
    /// array), the reference for the one-`letterCase` version.
    static func isAllCapsReference(_ b: [UInt8], _ r: TextRange) -> Bool {
        var hasLetter = false
        var i = r.start
        while i < r.end {
            let c = b[i]
            if c < 0x80 {
                if Bytes.isASCIILower(c) { return false }
                if Bytes.isASCIIUpper(c) { hasLetter = true }
                i += 1
                continue
            }
            let (s, len) = Bytes.decodeScalar(b, i)
            if Bytes.isLower(s) { return false }
            if Bytes.isUpper(s) { hasLetter = true }
            i += len
        }
        return hasLetter
    }

    /// `isAllCaps` agrees with the reference on every line of the texts and
    /// on every suffix of the lines in capitals.
    @Test func isAllCapsMatchesReference() {
        var caps = 0
        for b in Self.texts + ["ĐIỀU 5. PHẠM VI", "ǅ Σ σ Ⅻ ⅻ 𝐀", "A\u{0301}B", "x", "", "123 –"].map({ Array($0.utf8) }) {
            var s = 0
            for i in 0...b.count where i == b.count || b[i] == 0x0A {
                let r = TextRange(s, i)
                let fast = BodyParser.isAllCaps(b, r)
                #expect(fast == Self.isAllCapsReference(b, r))
                if fast {
                    caps += 1
                    for k in s..<i where b[k] & 0xC0 != 0x80 {
                        #expect(BodyParser.isAllCaps(b, TextRange(k, i)) == Self.isAllCapsReference(b, TextRange(k, i)))
                    }
                }
                s = i + 1
            }
        }
        #expect(caps > 100)
    }
    /// The pair filter in front of `headingAt` (`headingPairFilter`) turns
    /// away no line the recogniser accepts without it: on every line of the
    /// texts, and on sample headings with their first two bytes replaced by
    /// every pair of bytes.
    @Test func headingPairFilterLosesNoHeading() {
        let everyPair = [UInt64](repeating: .max, count: BodyParser.headingPairFilter.count)
        let masks = BodyParser.headingKeywordMask, pairs = BodyParser.headingPairFilter
        func agree(_ b: [UInt8], _ s: Int, _ e: Int) -> Bool {
            let unfiltered = BodyParser.headingAt(b, s, e, masks: masks, pairs: everyPair)
            let filtered = BodyParser.headingAt(b, s, e, masks: masks, pairs: pairs)
            return String(describing: unfiltered) == String(describing: filtered)
        }
        var headings = 0, disagreements = 0
        for b in Self.texts {
            var s = 0
            for i in 0...b.count where i == b.count || b[i] == 0x0A {
                var t = s
                while t < i && (b[t] == 0x20 || b[t] == 0x09) { t += 1 }
                if BodyParser.headingAt(b, t, i, masks: masks, pairs: everyPair) != nil { headings += 1 }
                if !agree(b, t, i) { disagreements += 1 }
                s = i + 1
            }
        }
        let samples = ["Điều 5. Phạm vi", "ĐIỀU 5. PHẠM VI", "điều 5", "Ðiều 5", "Chương I", "CHƯƠNG II. QUY ĐỊNH", "Mục 1. Tên", "MỤC 2",
                       "Phần I", "PHẦN THỨ NHẤT", "Tiểu mục 1", "TIỂU MỤC 2", "I. TÊN", "IV. TÊN", "1. Tên", "12. Tên", "1) tên", "a) tên", "đ) tên"]
        var sampleHeadings = 0
        for sample in samples.map({ Array($0.utf8) }) {
            var line = sample
            for a in 0...255 {
                for c in 0...255 {
                    line[0] = UInt8(a); line[1] = UInt8(c)
                    if !agree(line, 0, line.count) { disagreements += 1 }
                }
            }
            if BodyParser.headingAt(sample, 0, sample.count, masks: masks, pairs: everyPair) != nil { sampleHeadings += 1 }
        }
        #expect(disagreements == 0)
        #expect(headings > 10)
        #expect(sampleHeadings >= 15)
    }
    /// `isAttachmentStart` compares a line only with the names listed under
    /// its first word (`attachmentNamesByFirstWord`): that holds when no name
    /// has a tab or a colon, each name is listed under its own first word
    /// and under no other, and `vbUpper` leaves each first word as it is.
    @Test func attachmentNamesListedUnderTheirFirstWord() {
        let names = BodyParser.attachmentNames, words = BodyParser.attachmentFirstWords
        #expect(BodyParser.attachmentNamesByFirstWord.count == words.count)
        for (k, name) in names.enumerated() {
            #expect(!name.contains("\t") && !name.contains(":"), "\(name)")
            let lists = BodyParser.attachmentNamesByFirstWord.indices.filter { BodyParser.attachmentNamesByFirstWord[$0].contains(k) }
            #expect(lists.count == 1, "\(name)")
            if let w = lists.first {
                let first = String(decoding: words[w], as: UTF8.self)
                #expect(name.hasPrefix(first + " ") || name == first, "\(name)")
                #expect(first.vbUpper == first, "\(first)")
            }
        }
    }
}
