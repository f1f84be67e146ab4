/// A half-open range of UTF-8 byte offsets into a `SourceText`.
///
/// Every node of the document model and every diagnostic carries one. Offsets
/// always fall on Unicode scalar boundaries.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    @inlinable
    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextRange start after end")
        self.start = start
        self.end = end
    }

    @inlinable public var length: Int { end - start }
    @inlinable public var isEmpty: Bool { start == end }

    @inlinable
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    @inlinable
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

    @inlinable
    public func overlaps(_ other: TextRange) -> Bool { other.start < end && start < other.end }

    /// The smallest range covering both.
    @inlinable
    public func union(_ other: TextRange) -> TextRange {
        TextRange(Swift.min(start, other.start), Swift.max(end, other.end))
    }

    public static func < (a: TextRange, b: TextRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "\(start)..<\(end)" }
}
