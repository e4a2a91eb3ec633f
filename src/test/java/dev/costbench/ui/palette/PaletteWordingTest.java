package dev.costbench.ui.palette;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The palette's tooltips read as English: "an ECS service", "a Lambda function". */
class PaletteWordingTest {
    @Test
    void eachKindTakesTheArticleItsNameIsSaidWith() {
        assertEquals("an ECS service", Palette.withArticle("ECS service"));
        assertEquals("an EC2 Auto Scaling group", Palette.withArticle("EC2 Auto Scaling group"));
        assertEquals("a Lambda function", Palette.withArticle("Lambda function"));
        assertEquals("a Batch queue", Palette.withArticle("Batch queue"));
    }
}
