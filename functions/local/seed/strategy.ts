import type { IsoDate } from '../../domain/time';
import { on, type Calendar } from './calendar';
import { by, PEOPLE } from './people';
import { addGoal, addIndicator, putValue } from './requests';

export interface Strategy {
  goals: { quality: string; staff: string; families: string; community: string };
  indicators: { satisfaction: string; trainingHours: string; complaints: string; ippGoals: string };
}

/**
 * The quality policy's strategy for three years from last year, adopted in last year's January,
 * and the four indicators it is measured by.
 */
export const seedStrategy = async (cal: Calendar): Promise<Strategy> => {
  const { last } = cal;
  const director = by(PEOPLE.director);
  const adopted = cal.at(on(last, '01-12'));
  const period = { periodFrom: last, periodTo: last + 2 };
  const [quality, staff, families, community] = await Promise.all([
    addGoal(director, adopted, {
      code: 'T1',
      title: 'Gerinti socialinių paslaugų kokybę ir paslaugų gavėjų pasitenkinimą',
      titleEn: 'Improve the quality of social services and service recipients’ satisfaction',
      description:
        'Paslaugos grindžiamos paslaugų gavėjų poreikiais ir jų grįžtamuoju ryšiu: apklausomis, pasiūlymais ir skundais.',
      ...period,
    }),
    addGoal(director, adopted, {
      code: 'T2',
      title: 'Stiprinti darbuotojų kompetencijas ir mokymosi kultūrą',
      titleEn: 'Strengthen staff competences and a culture of learning',
      description:
        'Kiekvienas darbuotojas kasmet tobulina kompetencijas pagal kompetencijų tobulinimo planą; taikoma supervizija.',
      ...period,
    }),
    addGoal(director, adopted, {
      code: 'T3',
      title: 'Didinti šeimų įgalinimą ir individualios pagalbos veiksmingumą',
      titleEn: 'Increase families’ empowerment and the effectiveness of individual support',
      description:
        'Individualūs pagalbos planai sudaromi kartu su šeima, su aiškiais ir pamatuojamais rezultatais, peržiūrimi kas pusmetį.',
      ...period,
    }),
    addGoal(director, adopted, {
      code: 'T4',
      title: 'Plėtoti bendradarbiavimą su partneriais ir bendruomene',
      titleEn: 'Develop cooperation with partners and the community',
      description: 'Partnerystės su mokyklomis, savivaldybe ir nevyriausybinėmis organizacijomis.',
      ...period,
    }),
  ]);
  const deputy = by(PEOPLE.deputy);
  const defined = cal.at(on(last, '01-20'));
  const [satisfaction, trainingHours, complaints, ippGoals] = await Promise.all([
    addIndicator(deputy, defined, {
      code: 'R1',
      name: {
        lt: 'Paslaugomis patenkintų paslaugų gavėjų dalis',
        en: 'Share of service recipients satisfied with the services',
      },
      unit: 'percent',
      direction: 'up',
      target: 90,
      goalId: quality.id,
    }),
    addIndicator(deputy, defined, {
      code: 'R2',
      name: {
        lt: 'Kvalifikacijos tobulinimo valandos vienam darbuotojui per metus',
        en: 'Training hours per employee per year',
      },
      unit: 'hours',
      direction: 'up',
      target: 40,
      goalId: staff.id,
    }),
    addIndicator(deputy, defined, {
      code: 'R3',
      name: {
        lt: 'Paslaugų gavėjų skundų skaičius per metus',
        en: 'Complaints from service recipients per year',
      },
      unit: 'count',
      direction: 'down',
      target: 3,
      goalId: quality.id,
    }),
    addIndicator(deputy, defined, {
      code: 'R4',
      name: {
        lt: 'Pasiektų individualių pagalbos planų (IPP) tikslų dalis',
        en: 'Share of individual support plan goals achieved',
      },
      unit: 'percent',
      direction: 'up',
      target: 75,
      goalId: families.id,
    }),
  ]);
  return {
    goals: { quality: quality.id, staff: staff.id, families: families.id, community: community.id },
    indicators: {
      satisfaction: satisfaction.id,
      trainingHours: trainingHours.id,
      complaints: complaints.id,
      ippGoals: ippGoals.id,
    },
  };
};

interface Measurement {
  year: number;
  on: IsoDate;
  value: number;
  note: string;
}

/** Values of the four years before the strategy, from the annual reports, oldest first. */
const BASELINES = {
  satisfaction: [80.2, 81.9, 82.5, 83.4],
  trainingHours: [24, 26.5, 28, 31],
  complaints: [9, 7, 8, 8],
  ippGoals: [58.1, 60.4, 61.2, 63.5],
} as const satisfies Record<keyof Strategy['indicators'], readonly number[]>;

/**
 * Each indicator's values: the four years before last from the annual reports, entered when the
 * indicators were defined (so trends have a past); last year's from its year-end evaluation; this
 * year's from the half-year survey and review (the shares), then December's evaluation (all four).
 */
export const seedIndicatorValues = async (cal: Calendar, strategy: Strategy): Promise<void> => {
  const { last, year } = cal;
  const survey = (y: number) => on(y, '12-15');
  const yearEnd = (y: number) => on(y, '12-30');
  const halfYear = on(year, '07-08');
  const baseline = (code: keyof typeof BASELINES): Measurement[] =>
    BASELINES[code].map((value, i) => {
      const y = last - BASELINES[code].length + i;
      return { year: y, on: on(last, '01-20'), value, note: `${y} m. metinė veiklos ataskaita` };
    });
  const series: [string, Measurement[]][] = [
    [
      strategy.indicators.satisfaction,
      [
        ...baseline('satisfaction'),
        { year: last, on: survey(last), value: 85.7, note: 'Metinė apklausa, atsakė 131 gavėjas' },
        { year, on: halfYear, value: 87.9, note: 'Pusmečio apklausa, atsakė 64 gavėjai' },
        { year, on: survey(year), value: 88.6, note: 'Metinė apklausa, atsakė 127 gavėjai' },
      ],
    ],
    [
      strategy.indicators.trainingHours,
      [
        ...baseline('trainingHours'),
        { year: last, on: yearEnd(last), value: 36, note: 'Visų 43 darbuotojų duomenys' },
        { year, on: yearEnd(year), value: 41.5, note: 'Visų 44 darbuotojų duomenys' },
      ],
    ],
    [
      strategy.indicators.complaints,
      [
        ...baseline('complaints'),
        {
          year: last,
          on: yearEnd(last),
          value: 6,
          note: 'Gauti raštu ir per skundų ir pasiūlymų dėžutę',
        },
        {
          year,
          on: yearEnd(year),
          value: 4,
          note: 'Gauti raštu ir per skundų ir pasiūlymų dėžutę',
        },
      ],
    ],
    [
      strategy.indicators.ippGoals,
      [
        ...baseline('ippGoals'),
        { year: last, on: survey(last), value: 66.4, note: 'Metinė IPP peržiūra' },
        { year, on: halfYear, value: 67.5, note: 'Pusmečio IPP peržiūra' },
        { year, on: survey(year), value: 71.3, note: 'Metinė IPP peržiūra' },
      ],
    ],
  ];
  const deputy = by(PEOPLE.deputy);
  await Promise.all(
    series.map(async ([indicatorId, values]) => {
      let version = 1;
      for (const m of values) {
        if (!cal.reached(m.on)) return;
        const saved = await putValue(deputy, cal.at(m.on), indicatorId, m.year, {
          version,
          value: m.value,
          note: m.note,
        });
        version = saved.version;
      }
    }),
  );
};
