/** Analysis and comparison of imported survey responses: pure, over the statistics in ../statistics. */
export {
  analyseSurvey,
  type AnalysisOptions,
  type ChoiceFigures,
  type DomainAnalysis,
  type OptionCount,
  type QuestionAnalysis,
  type QuestionFigures,
  type ScaleFigures,
  type SurveyAnalysis,
  type SurveyAnalysisInput,
  type TextFigures,
  type UnitResponses,
} from './analyse-survey';
export {
  compareSurveys,
  matchQuestions,
  normaliseHeader,
  type ComparisonOptions,
  type Direction,
  type DomainChange,
  type DomainComparison,
  type ItemChange,
  type NotComparable,
  type QuestionComparison,
  type RankTest,
  type SurveyComparison,
  type SurveySide,
  type TopTwoBoxTest,
} from './compare-surveys';
export { type DomainFigures, type DomainTopTwoBox } from './domains';
export { filterResponses, responsesOfUnit } from './responses';
export { type UnitFigures } from './suppress';
