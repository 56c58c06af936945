namespace Intima.Generation;

/// <summary>Counts of a pipeline's work so far.</summary>
/// <param name="Scheduled">Cases known to the pipeline.</param>
/// <param name="Generated">Responses this process asked the model for and received.</param>
/// <param name="Reused">Responses read from the store instead (earlier runs, or the other test project).</param>
/// <param name="Failed">Cases whose generation failed.</param>
/// <param name="Retries">Requests repeated after a failure that may pass (see <see cref="RetryOptions"/>).</param>
public sealed record GenerationStatistics(int Scheduled, int Generated, int Reused, int Failed, int Retries = 0)
{
    /// <summary>Cases finished one way or another.</summary>
    public int Completed => Generated + Reused + Failed;
}
