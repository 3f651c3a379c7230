import type { CountryData } from '../country-data.js';
import { data as AT } from './at.js';
import { data as BE } from './be.js';
import { data as BG } from './bg.js';
import { data as CY } from './cy.js';
import { data as CZ } from './cz.js';
import { data as DE } from './de.js';
import { data as DK } from './dk.js';
import { data as EE } from './ee.js';
import { data as EL } from './el.js';
import { data as ES } from './es.js';
import { data as FI } from './fi.js';
import { data as FR } from './fr.js';
import { data as HR } from './hr.js';
import { data as HU } from './hu.js';
import { data as IE } from './ie.js';
import { data as IS } from './is.js';
import { data as IT } from './it.js';
import { data as LI } from './li.js';
import { data as LT } from './lt.js';
import { data as LU } from './lu.js';
import { data as LV } from './lv.js';
import { data as MT } from './mt.js';
import { data as NL } from './nl.js';
import { data as NO } from './no.js';
import { data as PL } from './pl.js';
import { data as PT } from './pt.js';
import { data as RO } from './ro.js';
import { data as SE } from './se.js';
import { data as SI } from './si.js';
import { data as SK } from './sk.js';

/**
 * Each EEA country's places, people's names and public bodies, in its own language(s),
 * from which the training directory is generated. Real institution names; invented people.
 */
export const COUNTRY_DATA: Readonly<Record<string, CountryData>> = {
  AT, BE, BG, CY, CZ, DE, DK, EE, EL, ES, FI, FR, HR, HU, IE, IS, IT, LI, LT, LU, LV, MT, NL, NO, PL, PT, RO, SE, SI, SK,
};
