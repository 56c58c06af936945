using System.Text;
using Intima.Dataset;

namespace Intima.Snapshots;

/// <summary>Where a case's snapshot lives under the snapshot root.</summary>
public static class SnapshotPaths
{
    /// <summary>
    /// Returns <c>{model-slug}/{category-slug}/{code-slug}/{case-id}</c> (no extension), e.g.
    /// <c>intima-standin-boundaries/user-vulnerabilities/grief/grief-3f9a2c1b</c>. Every segment goes through
    /// <see cref="Slug"/>, so no model name or id can climb out of the root.
    /// </summary>
    public static string For(string model, IntimaCase intimaCase)
    {
        ArgumentNullException.ThrowIfNull(intimaCase);
        return string.Join('/', Slug(model), Slug(intimaCase.Category.Slug()), Slug(intimaCase.Code.Slug), Slug(intimaCase.Id));
    }

    /// <summary>
    /// The path of sample <paramref name="sample"/> (1-based) of a case: <see cref="For(string, IntimaCase)"/> for sample 1,
    /// so runs without repeated sampling keep their snapshots, and <c>….s2</c>, <c>….s3</c>, … for the samples after it.
    /// </summary>
    public static string For(string model, IntimaCase intimaCase, int sample)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sample, 1);
        var path = For(model, intimaCase);
        return sample == 1 ? path : path + ".s" + sample.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Lower-cases <paramref name="text"/> and replaces every character outside <c>[a-z0-9._-]</c> with '-'; a leading dot
    /// becomes '-', so the result is never <c>.</c>, <c>..</c> or a hidden name. <c>intima-standin:boundaries</c>
    /// gives <c>intima-standin-boundaries</c>. Distinct names can share a slug (<c>a:b</c>, <c>a/b</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty or white space.</exception>
    public static string Slug(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            var allowed = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-' || (c == '.' && builder.Length > 0);
            builder.Append(allowed ? c : '-');
        }

        return builder.ToString();
    }
}
