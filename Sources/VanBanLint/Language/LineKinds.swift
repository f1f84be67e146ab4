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
