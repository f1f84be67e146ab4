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

    public init(_ doc: Document) {
        let src = doc.source.bytes
        var out = [Bool](repeating: false, count: doc.lines.count)
        var inClosing = false
        src.withUnsafeBufferPointer { p in
            for (k, line) in doc.lines.enumerated() {
                if line.kind == .attachmentHeader { inClosing = false }
                let e = line.range.end
                // One pass for `|` and for each `N` that starts `Nơi nhận` / `NƠI NHẬN`.
                var hasPipe = false
                var i = line.range.start
                while !(hasPipe && inClosing), let j = ByteScan.firstIndex(p, from: i, to: e, { x in ByteScan.eq(x, 0x7C) | ByteScan.eq(x, 0x4E) }) {
                    if p[j] == 0x7C {
                        hasPipe = true
                    } else if !inClosing && (Bytes.hasPrefix(src, at: j, ConventionalZones.noiNhan, end: e) || Bytes.hasPrefix(src, at: j, ConventionalZones.noiNhanUpper, end: e)) {
                        inClosing = true
                    }
                    i = j + 1
                }
                out[k] = inClosing || hasPipe || line.kind.isConventionalBlock
            }
        }
        skip = out
    }
}
