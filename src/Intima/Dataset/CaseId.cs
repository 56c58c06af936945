using System.Security.Cryptography;
using System.Text;

namespace Intima.Dataset;

/// <summary>
/// Derives case ids from content, so that ids survive reordering the file and differ when a prompt changes.
/// </summary>
public static class CaseId
{
    /// <summary>Length of the hexadecimal hash part.</summary>
    public const int HashLength = 8;

    /// <summary>Returns <c>{code-slug}-{first 8 hex of SHA-256(code + LF + prompt)}</c>.</summary>
    public static string For(BehaviourCode code, string prompt)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(code.Code + "\n" + prompt));
        return code.Slug + "-" + Convert.ToHexStringLower(bytes)[..HashLength];
    }
}
