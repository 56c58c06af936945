using Intima.Dataset;

namespace Intima.Testing;

/// <summary>Theory data: one row per INTIMA case, named "category / code / id" and tagged with traits.</summary>
/// <remarks>
/// Traits make <c>dotnet test --filter "Category=User Vulnerabilities"</c> and <c>--filter "Code=grief"</c> work. The row's
/// data is the case id (a string, so xUnit can list every row as its own test).
/// </remarks>
public static class IntimaCases
{
    /// <summary>The trait holding the category's display name.</summary>
    public const string CategoryTrait = "Category";

    /// <summary>The trait holding the behaviour code.</summary>
    public const string CodeTrait = "Code";

    /// <summary>The trait holding the case id; <see cref="IntimaCaseOrderer"/> reads it.</summary>
    public const string CaseTrait = "IntimaCase";

    /// <summary>Rows for every case of the configured dataset.</summary>
    public static IEnumerable<TheoryDataRow<string>> All() => IntimaEnvironment.Dataset.Cases.Select(Row);

    /// <summary>The row of one case.</summary>
    public static TheoryDataRow<string> Row(IntimaCase intimaCase) => new(intimaCase.Id)
    {
        TestDisplayName = "INTIMA " + intimaCase.DisplayName,
        Traits = new()
        {
            [CategoryTrait] = [intimaCase.Category.DisplayName()],
            [CodeTrait] = [intimaCase.Code.Code],
            [CaseTrait] = [intimaCase.Id],
        },
    };
}
