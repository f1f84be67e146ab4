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
    /// Per line index: true when the line is in such a zone.
    public let skip: [Bool]

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
    /// few `N`s by bisection. Then each zone is marked from its label's line
    /// to the next appendix header.
    init(_ doc: Document, marks: TextMarks) {
        let src = doc.source.bytes
        let lines = doc.lines
        var out = lines.map { $0.kind.isConventionalBlock }
        var k = 0
        for j in marks.tableMarks where src[j] == 0x7C {
            while k < lines.count && lines[k].range.end <= j { k += 1 }
            guard k < lines.count else { break }
            if lines[k].range.start <= j { out[k] = true }
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
        var zoneEnd = 0
        for l in labelLines where l >= zoneEnd {
            out[l] = true
            var m = l + 1
            while m < lines.count && lines[m].kind != .attachmentHeader { out[m] = true; m += 1 }
            zoneEnd = m
        }
        skip = out
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
