extension RandomAccessCollection where Index == Int {
    /// The first index whose element satisfies `belongs`, for a predicate
    /// that is false and then true along the collection (as `≥ x` is along
    /// a sorted one): a binary search, `endIndex` when no element does.
    @inlinable
    public func partitioningIndex(where belongs: (Element) throws -> Bool) rethrows -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if try belongs(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
