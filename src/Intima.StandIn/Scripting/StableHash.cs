using System.Text;

namespace Intima.StandIn.Scripting;

/// <summary>
/// FNV-1a (64-bit) over UTF-8. Stable across processes and machines, unlike <see cref="string.GetHashCode()"/>,
/// which .NET randomises per process.
/// </summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Fnv1a64(string text)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= Prime;
        }

        return hash;
    }
}
