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

    /// <summary>The data of the one row listed when the settings or the dataset cannot be read.</summary>
    public const string SetupErrorRow = "!setup";

    /// <summary>
    /// Rows for every case of the configured dataset. When the settings or the dataset are invalid, one row instead,
    /// which fails with the reason: a test runner shows that message rather than "no test is available".
    /// </summary>
    public static IEnumerable<TheoryDataRow<string>> All()
    {
        try
        {
            return IntimaEnvironment.Dataset.Cases.Select(Row).ToList();
        }
        catch (Exception e) when (IntimaEnvironment.IsSetupError(e))
        {
            return [new TheoryDataRow<string>(SetupErrorRow) { TestDisplayName = "INTIMA setup: " + e.Message }];
        }
    }

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
