namespace LuaIL.Runtime;

public static partial class LuaPatterns
{
    /// <summary>
    /// Where the first item of an unanchored pattern starts when it must match one byte (a
    /// literal, a <c>%</c> class or a <c>[set]</c>, after any opening captures, with no <c>*</c>,
    /// <c>?</c> or <c>-</c>); -1 otherwise. Find, match, gmatch and gsub skip the start positions
    /// whose byte it rejects (<see cref="Compiled.NextStart"/>) instead of running the matcher there.
    /// </summary>
    /// <remarks>
    /// At a skipped position 5.1's matcher fails on that first item before it reads anything
    /// after it, so skipping changes neither results nor errors. A first item that is malformed,
    /// or anything else (<c>%b</c>, <c>%f</c>, back-references, <c>.</c>, <c>$</c>), gives no
    /// filter: every position is tried, and the matcher raises its error as before.
    /// </remarks>
    /// <param name="pattern">The pattern without its anchor, already cut at its first zero byte.</param>
    internal static int FirstItemStart(ReadOnlySpan<byte> pattern)
    {
        int p = 0;
        // Opening captures consume nothing (a position capture "()" is left alone).
        while (p < pattern.Length && pattern[p] == '(' && p < 4 && (p + 1 >= pattern.Length || pattern[p + 1] != ')')) p++;
        if (p >= pattern.Length) return -1;
        int ep;
        switch (pattern[p])
        {
            case (byte)'%':
                if (p + 1 >= pattern.Length) return -1;
                byte cl = pattern[p + 1];
                if (cl == 'b' || cl == 'f' || IsDigit(cl)) return -1;
                ep = p + 2;
                break;
            case (byte)'[':
                ep = SetEnd(pattern, p + 1);
                if (ep < 0) return -1;
                break;
            case (byte)'.' or (byte)'(' or (byte)')':
                return -1;
            case (byte)'$' when p + 1 == pattern.Length:
                return -1;
            default:
                ep = p + 1;
                break;
        }
        if (ep < pattern.Length && pattern[ep] is (byte)'*' or (byte)'?' or (byte)'-') return -1;
        return p;
    }

    /// <summary>5.1's <c>classEnd</c> for a set whose '[' is just before <paramref name="p"/>; -1 when malformed.</summary>
    private static int SetEnd(ReadOnlySpan<byte> pat, int p)
    {
        if (p < pat.Length && pat[p] == '^') p++;
        do
        {
            if (p >= pat.Length) return -1;
            if (pat[p++] == '%')
            {
                if (p >= pat.Length) return -1;
                p++;
            }
        } while (p >= pat.Length || pat[p] != ']');
        return p + 1;
    }
}
