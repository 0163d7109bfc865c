/// A line-based unified diff (LCS), for readable golden-file failures. O(n·m); goldens are small.
public enum UnifiedDiff {
    public static func diff(expected: String, actual: String, context: Int = 3) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var lines: [(Character, Substring)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                lines.append((" ", a[i])); i += 1; j += 1
            } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                lines.append(("+", b[j])); j += 1
            } else {
                lines.append(("-", a[i])); i += 1
            }
        }
        let changed = lines.indices.filter { lines[$0].0 != " " }
        let keep = Set(changed.flatMap { max(0, $0 - context)...min(lines.count - 1, $0 + context) })
        var output = "--- expected\n+++ actual\n"
        var previous = -2
        for index in keep.sorted() {
            if index != previous + 1 { output += "@@ line \(index + 1) @@\n" }
            output += "\(lines[index].0)\(lines[index].1)\n"
            previous = index
        }
        return output
    }
}
