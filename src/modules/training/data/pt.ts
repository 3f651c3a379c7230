import type { CountryData } from '../country-data.js';

/** Portugal: national bodies and professional orders in Lisbon, regional coordination commissions, municipalities, in Portuguese. */
export const data: CountryData = {
  code: 'PT',
  size: 10,
  capital: 'Lisboa',
  regions: [
    {
      name: 'Norte',
      of: 'do Norte',
      alt: { en: 'North' },
      cities: [
        { name: 'Porto', zip: '40', of: 'do Porto', alt: { en: 'Oporto' } },
        { name: 'Braga', zip: '47', of: 'de Braga' },
        { name: 'Guimarães', zip: '48', of: 'de Guimarães' },
        { name: 'Viana do Castelo', zip: '49', of: 'de Viana do Castelo' },
      ],
    },
    {
      name: 'Centro',
      of: 'do Centro',
      alt: { en: 'Centre' },
      cities: [
        { name: 'Coimbra', zip: '30', of: 'de Coimbra' },
        { name: 'Aveiro', zip: '38', of: 'de Aveiro' },
        { name: 'Viseu', zip: '35', of: 'de Viseu' },
        { name: 'Leiria', zip: '24', of: 'de Leiria' },
      ],
    },
    {
      name: 'Área Metropolitana de Lisboa',
      of: 'de Lisboa e Vale do Tejo',
      alt: { en: 'Lisbon Metropolitan Area' },
      cities: [
        { name: 'Lisboa', zip: '1', of: 'de Lisboa', alt: { en: 'Lisbon' } },
        { name: 'Setúbal', zip: '29', of: 'de Setúbal' },
        { name: 'Sintra', zip: '27', of: 'de Sintra' },
        { name: 'Almada', zip: '28', of: 'de Almada' },
      ],
    },
    {
      name: 'Alentejo',
      of: 'do Alentejo',
      cities: [
        { name: 'Évora', zip: '70', of: 'de Évora' },
        { name: 'Beja', zip: '78', of: 'de Beja' },
        { name: 'Portalegre', zip: '73', of: 'de Portalegre' },
      ],
    },
    {
      name: 'Algarve',
      of: 'do Algarve',
      cities: [
        { name: 'Faro', zip: '80', of: 'de Faro' },
        { name: 'Portimão', zip: '85', of: 'de Portimão' },
        { name: 'Lagos', zip: '86', of: 'de Lagos' },
      ],
    },
    {
      name: 'Região Autónoma dos Açores',
      of: 'dos Açores',
      alt: { en: 'Autonomous Region of the Azores' },
      cities: [
        { name: 'Ponta Delgada', zip: '95', of: 'de Ponta Delgada' },
        { name: 'Angra do Heroísmo', zip: '97', of: 'de Angra do Heroísmo' },
        { name: 'Horta', zip: '99', of: 'da Horta' },
      ],
    },
    {
      name: 'Região Autónoma da Madeira',
      of: 'da Madeira',
      alt: { en: 'Autonomous Region of Madeira' },
      cities: [
        { name: 'Funchal', zip: '90', of: 'do Funchal' },
        { name: 'Machico', zip: '92', of: 'de Machico' },
        { name: 'Santa Cruz', zip: '91', of: 'de Santa Cruz' },
      ],
    },
  ],
  streets: [
    'Rua Direita', 'Avenida da Liberdade', 'Rua de Santo António', 'Rua 25 de Abril', 'Praça da República', 'Rua do Comércio',
    'Avenida 5 de Outubro', 'Rua Dom Afonso Henriques', 'Rua da Igreja', 'Largo do Município', 'Rua Cândido dos Reis', 'Avenida Infante Dom Henrique',
  ],
  address: '{street}, {no}, {zip} {city}',
  zip: '####-###',
  phone: '+351 ### ### ###',
  office: { pt: 'delegação de', en: 'Office' },
  people: {
    female: [
      'Maria', 'Ana', 'Inês', 'Beatriz', 'Mariana', 'Sofia', 'Joana', 'Carolina', 'Catarina', 'Rita', 'Sara', 'Marta', 'Teresa',
      'Helena', 'Filipa', 'Leonor', 'Matilde', 'Patrícia', 'Cláudia', 'Sónia', 'Lúcia', 'Fátima', 'Conceição', 'Graça',
    ],
    male: [
      'João', 'José', 'António', 'Francisco', 'Manuel', 'Pedro', 'Rui', 'Luís', 'Miguel', 'Tiago', 'Diogo', 'Rodrigo', 'Gonçalo',
      'Afonso', 'Duarte', 'Nuno', 'Paulo', 'Ricardo', 'Bruno', 'Hugo', 'Sérgio', 'Vítor', 'Fábio', 'Martim', 'Tomás',
    ],
    surnames: [
      'Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus', 'Sousa', 'Fernandes',
      'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Alves', 'Almeida', 'Ribeiro', 'Pinto', 'Carvalho', 'Teixeira', 'Moreira',
      'Correia', 'Mendes', 'Nunes', 'Soares', 'Vieira', 'Monteiro', 'Cardoso', 'Rocha', 'Simões', 'Magalhães', 'Araújo',
    ],
    doubleSurname: true,
  },
  fixed: [
    { kind: 'chamber-architects', names: { pt: 'Ordem dos Arquitectos', en: 'Order of Architects' } },
    { kind: 'labour-inspectorate', names: { pt: 'Autoridade para as Condições do Trabalho', en: 'Authority for Working Conditions' } },
    { kind: 'recognition-centre', names: { pt: 'Direção-Geral do Ensino Superior', en: 'Directorate-General for Higher Education' } },
    { kind: 'chamber-physicians', names: { pt: 'Ordem dos Médicos', en: 'Portuguese Medical Association' } },
    { kind: 'chamber-pharmacists', names: { pt: 'Ordem dos Farmacêuticos', en: 'Portuguese Pharmaceutical Society' } },
    { kind: 'ministry-economy', names: { pt: 'Ministério da Economia e da Coesão Territorial', en: 'Ministry of Economy and Territorial Cohesion' } },
    { kind: 'central-bank', names: { pt: 'Banco de Portugal', en: 'Bank of Portugal' } },
    { kind: 'chamber-nurses', names: { pt: 'Ordem dos Enfermeiros', en: 'Order of Nurses' } },
    { kind: 'social-security', names: { pt: 'Instituto da Segurança Social', en: 'Social Security Institute' } },
    { kind: 'ministry-health', names: { pt: 'Ministério da Saúde', en: 'Ministry of Health' } },
    { kind: 'chamber-dentists', names: { pt: 'Ordem dos Médicos Dentistas', en: 'Portuguese Dental Association' } },
    { kind: 'chamber-engineers', names: { pt: 'Ordem dos Engenheiros', en: 'Order of Engineers' } },
    { kind: 'chamber-lawyers', names: { pt: 'Ordem dos Advogados', en: 'Portuguese Bar Association' } },
    { kind: 'chamber-notaries', names: { pt: 'Ordem dos Notários', en: 'Order of Notaries' } },
    { kind: 'consumer-protection', names: { pt: 'Direção-Geral do Consumidor', en: 'Directorate-General for Consumers' } },
    { kind: 'solvit-centre', names: { pt: 'Direção-Geral das Atividades Económicas – SOLVIT Portugal', en: 'Directorate-General for Economic Activities – SOLVIT Portugal' } },
    { kind: 'financial-regulator', names: { pt: 'Comissão do Mercado de Valores Mobiliários', en: 'Portuguese Securities Market Commission' } },
    { kind: 'police', names: { pt: 'Polícia de Segurança Pública', en: 'Public Security Police' } },
    { kind: 'railway-safety', names: { pt: 'Instituto da Mobilidade e dos Transportes', en: 'Institute for Mobility and Transport' } },
    { kind: 'procurement-office', names: { pt: 'Instituto dos Mercados Públicos, do Imobiliário e da Construção', en: 'Institute of Public Markets, Real Estate and Construction' } },
    { kind: 'civil-registry', names: { pt: 'Instituto dos Registos e do Notariado', en: 'Institute of Registries and Notary' } },
    { kind: 'business-register', names: { pt: 'Registo Nacional de Pessoas Coletivas', en: 'National Register of Legal Persons' } },
    { kind: 'health-regulator', names: { pt: 'Administração Central do Sistema de Saúde', en: 'Central Administration of the Health System' } },
    { kind: 'ministry-labour', names: { pt: 'Ministério do Trabalho, Solidariedade e Segurança Social', en: 'Ministry of Labour, Solidarity and Social Security' } },
    { kind: 'regional-government', region: 'Região Autónoma dos Açores', names: { pt: 'Governo Regional dos Açores', en: 'Regional Government of the Azores' } },
    { kind: 'regional-government', region: 'Região Autónoma da Madeira', names: { pt: 'Governo Regional da Madeira', en: 'Regional Government of Madeira' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', except: ['Região Autónoma dos Açores', 'Região Autónoma da Madeira'], names: { pt: 'Comissão de Coordenação e Desenvolvimento Regional {of}', en: 'Regional Coordination and Development Commission of {name}' } },
    { kind: 'municipality', at: 'city', names: { pt: 'Câmara Municipal {of}', en: 'Municipality of {name}' } },
  ],
};
