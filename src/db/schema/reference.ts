export interface LanguagesTable {
  code: string;
  eu_official: boolean;
}

export interface CountriesTable {
  code: string;
  eu: boolean;
  languages: string[];
}

export interface CountryPoliciesTable {
  country: string;
  require_totp: boolean;
  updated_at: Date;
}
