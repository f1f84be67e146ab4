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
    /// bytes, so no other `N` can mark its line), each list mapped to its
    /// lines by a cursor (lines are in text order and do not overlap); then
    /// one pass over the lines for the zones.
    init(_ doc: Document, marks: TextMarks) {
        let src = doc.source.bytes
        let lines = doc.lines
        var hasPipe = [Bool](repeating: false, count: lines.count)
        var hasNoiNhan = [Bool](repeating: false, count: lines.count)
        var k = 0
        for j in marks.tableMarks where src[j] == 0x7C {
            while k < lines.count && lines[k].range.end <= j { k += 1 }
            guard k < lines.count else { break }
            if lines[k].range.start <= j { hasPipe[k] = true }
        }
        k = 0
        for j in marks.labelStarts {
            while k < lines.count && lines[k].range.end <= j { k += 1 }
            guard k < lines.count else { break }
            guard lines[k].range.start <= j, !hasNoiNhan[k] else { continue }
            let e = lines[k].range.end
            hasNoiNhan[k] = Bytes.hasPrefix(src, at: j, ConventionalZones.noiNhan, end: e) || Bytes.hasPrefix(src, at: j, ConventionalZones.noiNhanUpper, end: e)
        }
        var out = [Bool](repeating: false, count: lines.count)
        var inClosing = false
        for k in lines.indices {
            if lines[k].kind == .attachmentHeader { inClosing = false }
            if hasNoiNhan[k] { inClosing = true }
            out[k] = inClosing || hasPipe[k] || lines[k].kind.isConventionalBlock
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
