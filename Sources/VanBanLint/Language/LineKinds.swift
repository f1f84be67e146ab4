import VanBan

/// Walks the document's lines in step with increasing offsets.
public struct LineCursor {
    let lines: [LineInfo]
    var index = 0
    public init(_ doc: Document) { lines = doc.lines }

    /// The line containing `offset` (offsets must not decrease between calls).
    public mutating func line(at offset: Int) -> LineInfo? {
        while index < lines.count && lines[index].range.end < offset { index += 1 }
        guard index < lines.count, lines[index].range.start <= offset else { return nil }
        return lines[index]
    }

    /// Index of the current line.
    public var currentIndex: Int { index }
}

extension LineKind {
    /// Lines where capitals, abbreviations and spacing follow their own
    /// conventions (header columns, signature, Nơi nhận, noise).
    public var isConventionalBlock: Bool {
        switch self {
        case .header, .signature, .noiNhan, .noiNhanItem, .decoration, .noise, .blank: return true
        default: return false
        }
    }
}

/// Parts of a document where abbreviations and capitals follow their own
/// conventions even when the parser did not classify the lines: from a
/// `Nơi nhận` label to the next appendix, and Markdown table rows.
public struct ConventionalZones {
    /// The lines holding a `|`, in order.
    let pipeLines: [Int]
    /// The lines from each `Nơi nhận` label to the next appendix header, in order.
    let zones: [Range<Int>]
    let lines: [LineInfo]

    /// Per line index: true when the line is in such a zone (made on each
    /// call: `Cursor` answers line by line without it).
    public var skip: [Bool] {
        var cursor = Cursor()
        return lines.indices.map { cursor.skips($0, lines[$0].kind, in: self) }
    }

    /// `skip[k]` for increasing `k`, without the array: most lines are never asked.
    struct Cursor {
        var pipe = 0, zone = 0

        /// `skip[k]`, `kind` being line `k`'s kind (`k` must not decrease between calls).
        mutating func skips(_ k: Int, _ kind: LineKind, in z: ConventionalZones) -> Bool {
            if kind.isConventionalBlock { return true }
            while pipe < z.pipeLines.count && z.pipeLines[pipe] < k { pipe += 1 }
            if pipe < z.pipeLines.count && z.pipeLines[pipe] == k { return true }
            while zone < z.zones.count && z.zones[zone].upperBound <= k { zone += 1 }
            return zone < z.zones.count && z.zones[zone].lowerBound <= k
        }
    }

    static let noiNhan = Array("Nơi nhận".utf8)
    static let noiNhanUpper = Array("NƠI NHẬN".utf8)

    /// `init(_:marks:)` with the marks of a pass of its own.
    public init(_ doc: Document) {
        self.init(doc, marks: TextMarks(doc.source.bytes))
    }

    /// The lines holding a `|` and those holding `Nơi nhận` / `NƠI NHẬN`,
    /// from the positions of the text's `|`s and of each `N` followed by
    /// 0xC6 (the first byte of `ơ` and `Ơ`: both labels start with these two
    /// bytes, so no other `N` can mark its line): the `|`s mapped to their
    /// lines by a cursor (lines are in text order and do not overlap), the
    /// few `N`s by bisection. Then the zones, each from its label's line to
    /// the next appendix header.
    init(_ doc: Document, marks: TextMarks) {
        let src = doc.source.bytes
        let lines = doc.lines
        var pipeLines: [Int] = []
        var k = 0
        for j in marks.tableMarks where src[j] == 0x7C {
            while k < lines.count && lines[k].range.end <= j { k += 1 }
            guard k < lines.count else { break }
            if lines[k].range.start <= j && pipeLines.last != k { pipeLines.append(k) }
        }
        // The lines holding a label, in order.
        var labelLines: [Int] = []
        for j in marks.labelStarts {
            let k = lines.partitioningIndex { $0.range.end > j }
            guard k < lines.count, lines[k].range.start <= j, labelLines.last != k else { continue }
            let e = lines[k].range.end
            if Bytes.hasPrefix(src, at: j, ConventionalZones.noiNhan, end: e) || Bytes.hasPrefix(src, at: j, ConventionalZones.noiNhanUpper, end: e) {
                labelLines.append(k)
            }
        }
        // A zone runs from a label's line up to the next appendix header
        // (excluded, unless it holds a label itself: the next zone then
        // starts there); labels inside a zone change nothing.
        var zones: [Range<Int>] = []
        for l in labelLines where l >= (zones.last?.upperBound ?? 0) {
            var m = l + 1
            while m < lines.count && lines[m].kind != .attachmentHeader { m += 1 }
            zones.append(l..<m)
        }
        self.pipeLines = pipeLines; self.zones = zones; self.lines = lines
    }
}

extension ConventionalZones {
    /// `init` line by line, without the sixteen-byte scan: the reference
    /// its fast path is tested against.
    static func reference(_ doc: Document) -> [Bool] {
        let src = doc.source.bytes
        var out: [Bool] = []
        var inClosing = false
        for line in doc.lines {
            if line.kind == .attachmentHeader { inClosing = false }
            var pipe = false, label = false
            for j in line.range.start..<line.range.end {
                if src[j] == 0x7C { pipe = true }
                if src[j] == 0x4E && (Bytes.hasPrefix(src, at: j, noiNhan, end: line.range.end) || Bytes.hasPrefix(src, at: j, noiNhanUpper, end: line.range.end)) {
                    label = true
                }
            }
            if label { inClosing = true }
            out.append(inClosing || pipe || line.kind.isConventionalBlock)
        }
        return out
    }
}
