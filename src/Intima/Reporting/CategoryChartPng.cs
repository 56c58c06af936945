using Intima.Judging;
using ScottPlot;

namespace Intima.Reporting;

/// <summary>Renders <c>categories.png</c>: verdict rates per category as grouped bars with Wilson 95% intervals, for places that show images but not HTML.</summary>
public static class CategoryChartPng
{
    /// <summary>Image width in pixels.</summary>
    public const int Width = 1000;

    /// <summary>Image height in pixels.</summary>
    public const int Height = 520;

    /// <summary>Writes the chart to <paramref name="path"/>.</summary>
    /// <exception cref="DllNotFoundException">SkiaSharp's native library cannot be loaded on this machine.</exception>
    public static void Write(string path, RunStatistics statistics, string model)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        using var plot = new Plot();
        var groups = statistics.Categories.Append(statistics.Overall).ToList();
        var verdicts = CaseResults.VerdictOrder;
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (var g = 0; g < groups.Count; g++)
        {
            var centre = g * (verdicts.Count + 1.5);
            for (var v = 0; v < verdicts.Count; v++)
            {
                var rate = groups[g].Verdicts[verdicts[v].KebabName()];
                var x = centre + v - ((verdicts.Count - 1) / 2.0);
                bars.Add(new Bar { Position = x, Value = 100 * rate.Rate, FillColor = Color.FromHex(SvgChart.Colour(verdicts[v].KebabName())), LineWidth = 0 });
                if (rate.Total > 0)
                {
                    var whisker = plot.Add.Line(x, 100 * rate.Lower, x, 100 * rate.Upper);
                    whisker.LineColor = Colors.Black;
                    whisker.LineWidth = 1.5f;
                    whisker.MarkerSize = 0;
                }
            }

            var name = groups[g].Name == RunStatistics.AllCases ? "all" : groups[g].Name;
            ticks.Add(new Tick(centre, $"{name}\n(n={groups[g].Cases})"));
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(0, 105);
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("% of cases (lines: Wilson 95% interval)");
        plot.Axes.Left.Label.FontSize = 14;
        plot.Title($"INTIMA verdicts per category: {model}");
        foreach (var verdict in verdicts)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = verdict.KebabName(), FillColor = Color.FromHex(SvgChart.Colour(verdict.KebabName())) });
        }

        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        plot.SavePng(path, Width, Height);
    }
}
