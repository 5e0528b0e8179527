# Guía de cobertura de masajes: las palabras de la pantalla, en español.
# Escrito para pacientes, de usted, sin traducir palabra por palabra.
# Las claves no cambian; cambie solo el texto después del "=". Las variables son { $nombre }.

## El cambio de idioma: nombra el otro idioma, en ese idioma.
lang-switch = English
lang-switch-name = Switch to English

## Valores guardados. Una clave que termina en "-they" es la misma respuesta para quien ayuda al paciente.
answer-yes = Sí
answer-no = No
answer-not-sure = No se sabe
for-whom-myself = Para mí
for-whom-someone-else = Para alguien a quien ayudo
coverage-employer-or-individual = Un plan del trabajo, o uno que usted compró
coverage-employer-or-individual-they = Un plan del trabajo, o uno que esa persona compró
coverage-marketplace = Un plan del Mercado de Seguros (CuidadoDeSalud.gov o el de su estado)
coverage-original-medicare = Medicare Original (Parte A, Parte B)
coverage-medicare-advantage = Medicare Advantage (Parte C)
coverage-medigap = Medigap (seguro suplementario de Medicare)
coverage-medicaid = Medicaid
coverage-auto-insurance = Seguro del auto, después de un accidente
coverage-workers-comp = Compensación al trabajador, después de una lesión en el trabajo
coverage-none = Sin seguro médico
condition-sciatica = Ciática
condition-repetitive-strain = Lesión por esfuerzo repetitivo (por ejemplo, túnel carpiano o codo de tenista)
condition-after-surgery = Recuperación después de una cirugía
condition-sports-injury = Lesión deportiva, esguince o distensión
condition-concussion = Conmoción cerebral
condition-low-back-pain = Dolor en la parte baja de la espalda
condition-neck-pain = Dolor de cuello
condition-other = Otra cosa
paperwork-prescription = Una receta médica
paperwork-referral = Un referido
paperwork-lmn = Una carta de necesidad médica (LMN)
paperwork-not-yet = Nada todavía
prescriber-physician = Su médico
prescriber-physician-they = El médico de esa persona
prescriber-chiropractor = Su quiropráctico
prescriber-chiropractor-they = El quiropráctico de esa persona
prescriber-physical-therapist = Su terapeuta físico
prescriber-physical-therapist-they = El terapeuta físico de esa persona
prescriber-other = Otra persona
period-week = { $n ->
    [one] semana
   *[other] semanas
}
period-month = { $n ->
    [one] mes
   *[other] meses
}
medicare-part-a = Parte A (hospital)
medicare-part-b = Parte B (atención médica)
medicare-part-advantage = Medicare Advantage (Parte C)
medicare-part-medigap = Medigap (seguro suplementario de Medicare)
medicare-part-not-enrolled = Todavía sin inscripción
account-fsa = Cuenta de gastos flexibles (FSA)
account-hsa = Cuenta de ahorros para la salud (HSA)
account-hra = Acuerdo de reembolso de salud (HRA)
account-none = Ninguna de estas
alternative-physical-therapy = Terapia física
alternative-chiropractic = Atención quiropráctica
alternative-sports-medicine = Una clínica de medicina deportiva u ortopedia
alternative-massage-school = La clínica de estudiantes de una escuela de masaje (precios más bajos)
alternative-community-health-center = Un centro de salud comunitario (precios según sus ingresos)
alternative-employer-program = Un programa del empleador
alternative-employer-program-they = Un programa del empleador de esa persona
alternative-cash-package = Pagar en efectivo, con un paquete o un descuento
alternative-none-for-now = Ninguna por ahora

## Pasos. Una clave que termina en "-they" es el título para quien ayuda al paciente.
step-about-you = Sobre usted
step-about-you-they = Sobre la persona a quien ayuda
step-condition = Su problema de salud y su receta
step-condition-they = Problema de salud y receta de esa persona
step-call-insurer = Llame a su seguro
step-call-insurer-they = Llame al seguro de esa persona
step-medicare = Medicare
step-accounts = FSA / HSA
step-alternatives = Otras opciones
step-plan = Su plan
step-plan-they = El plan de esa persona

## Campos
hint-date = mes/día/año, como 03/14/1961
hint-date-ahead = mes/día/año, como { $example }

## Paso 1, sobre usted. $who es "self" si el caso es del paciente, "other" si ayuda a alguien.
about-who-for = ¿Para quién es?
about-full-name = { $who ->
    [other] Su nombre completo (de la persona a quien ayuda)
   *[self] Su nombre completo
}
about-full-name-hint = Como aparece en la tarjeta del seguro
about-relationship = Qué es esa persona para usted
about-relationship-hint = Por ejemplo: mi madre
about-age-heading = { $who ->
    [other] La edad de esa persona
   *[self] Su edad
}
about-age-hint = Escriba la fecha de nacimiento o la edad. La fecha de nacimiento aparece en los papeles que imprima.
about-date-of-birth = Fecha de nacimiento
about-age = Edad en años
about-age-hint-example = Por ejemplo: 67
about-state-heading = Estado
about-state-choose = Elija un estado
about-state = { $who ->
    [other] El estado donde vive esa persona
   *[self] El estado donde usted vive
}
about-coverage-heading = { $who ->
    [other] El seguro médico de esa persona
   *[self] Seguro médico
}
about-coverage-hint = Marque todos los que tenga.
about-injury-heading = { $who ->
    [other] El reclamo de esa persona por la lesión o el accidente
   *[self] Su reclamo por la lesión o el accidente
}
about-injury-hint = Estos datos aparecen en las cartas sobre el reclamo.
about-injury-claim-number = Número de reclamo
about-injury-date = Fecha de la lesión o del accidente
about-injury-adjuster-name = Nombre del ajustador de reclamos
about-injury-adjuster-phone = Teléfono del ajustador de reclamos
about-injury-adjuster-phone-hint = Como (800) 555-0123

## Paso 2, problema de salud y receta
condition-heading = ¿Para qué es el masaje?
condition-hint = { $who ->
    [other] Marque cada problema de salud que su médico o quiropráctico le haya diagnosticado a esa persona.
   *[self] Marque cada problema de salud que su médico o quiropráctico le haya diagnosticado.
}
condition-other-words = El problema de salud, en sus propias palabras
condition-papers-heading = { $who ->
    [other] ¿Tiene esa persona alguno de estos papeles?
   *[self] ¿Tiene alguno de estos papeles?
}
condition-papers-not-yet = { $who ->
    [other] No pasa nada: pida al médico o quiropráctico de esa persona una receta o una carta de necesidad médica antes de la primera sesión.
   *[self] No pasa nada: pídale a su propio médico o quiropráctico una receta o una carta de necesidad médica antes de la primera sesión.
}
condition-who-wrote = ¿Quién lo escribió?
condition-prescriber-name = Su nombre
condition-prescriber-name-hint = Por ejemplo: Dra. María López
condition-written-on = Fecha del papel
condition-how-often = ¿Con qué frecuencia y por cuánto tiempo?
condition-how-often-hint = Como dice el papel, si lo dice.
condition-sessions = Sesiones
condition-sessions-hint = Por ejemplo: 2
condition-each = cada
condition-duration = Por cuánto tiempo
condition-duration-hint = Por ejemplo: 3
condition-in = en
condition-codes = { $who ->
    [other] Los códigos que usa el terapeuta para cobrar
   *[self] Los códigos que usa su terapeuta para cobrar
}

## Paso 3, llame a su seguro
insurer-card = { $who ->
    [other] De la tarjeta del seguro de esa persona
   *[self] De su tarjeta del seguro
}
insurer-name = Compañía de seguros o plan
insurer-phone = Teléfono de servicio a los miembros
insurer-phone-hint = Al dorso de la tarjeta, como (800) 555-0123
insurer-injury-first = { $who ->
    [other] Por la lesión en el trabajo o el accidente de auto de esa persona, llame primero al ajustador de reclamos, con el número de reclamo y la fecha de la lesión: ese reclamo por lo general paga antes que su plan de salud.
   *[self] Por su lesión en el trabajo o su accidente de auto, llame primero al ajustador de reclamos, con su número de reclamo y la fecha de la lesión: ese reclamo por lo general paga antes que su plan de salud.
}
insurer-medicare-intro = { $who ->
    [other] La tarjeta de Medicare Original no tiene un número de servicio a los miembros. Antes de que esa persona haga su cita, llame al 1-800-MEDICARE (1-800-633-4227; TTY 1-877-486-2048). Anote las respuestas mientras habla.
   *[self] La tarjeta de Medicare Original no tiene un número de servicio a los miembros. Antes de hacer su cita, llame al 1-800-MEDICARE (1-800-633-4227; TTY 1-877-486-2048). Anote las respuestas mientras habla.
}
insurer-member-id = Número de miembro
insurer-group-number = Número de grupo
insurer-plan-heading = Sobre el plan
insurer-q-self-funded = { $who ->
    [other] ¿El plan del trabajo de esa persona es autofinanciado? Es decir, ¿el empleador paga los reclamos por su cuenta? Pregunte a Recursos Humanos del empleador si no lo sabe.
   *[self] ¿Su plan del trabajo es autofinanciado? Es decir, ¿su empleador paga los reclamos por su cuenta? Pregunte a Recursos Humanos si no lo sabe.
}
insurer-questions = Preguntas que debe hacer
insurer-told = Lo que le dijeron
insurer-told-hint = Llene esto durante la llamada o después. "No se sabe" es una buena respuesta.
insurer-q-covered = ¿Cubre el seguro la terapia de masaje?
insurer-benefit = Bajo qué beneficio
insurer-benefit-hint = Por ejemplo: medicina física, quiropráctica, un beneficio adicional
insurer-q-prescription = ¿Hace falta una receta?
insurer-q-prior-authorization = ¿Hace falta una autorización previa?
insurer-visit-limit = Visitas permitidas cada año
insurer-visit-limit-hint = Por ejemplo: 12
insurer-in-network = Terapeutas de masaje de la red que le nombraron
insurer-copay = Copago de cada visita
insurer-copay-hint = Por ejemplo: 25.00
insurer-coinsurance = Coseguro, en porcentaje
insurer-coinsurance-hint = Por ejemplo: 20
insurer-deductible-left = Lo que falta del deducible
insurer-deductible-left-hint = Por ejemplo: 500.00
insurer-about-call = Sobre la llamada
insurer-rep-name = Con quién habló
insurer-reference = Número de referencia de la llamada
insurer-call-date = Fecha de la llamada

## Paso 4, Medicare
medicare-heading = { $who ->
    [other] ¿Qué partes de Medicare tiene esa persona?
   *[self] ¿Qué partes de Medicare tiene usted?
}
medicare-card-hint = { $who ->
    [other] Su tarjeta roja, blanca y azul de Medicare muestra la Parte A y la Parte B.
   *[self] Su tarjeta roja, blanca y azul de Medicare muestra la Parte A y la Parte B.
}
medicare-advantage-plan = Nombre del plan Medicare Advantage
medicare-q-advantage-massage = { $who ->
    [other] ¿Incluye la Evidencia de Cobertura del plan de esa persona un beneficio de masaje?
   *[self] ¿Incluye la Evidencia de Cobertura de su plan un beneficio de masaje?
}
medicare-medigap-plan = Plan Medigap
medicare-medigap-plan-hint = Por ejemplo: Plan G
medicare-q-card = { $who ->
    [other] Usted marcó tipos de Medicare que una persona no puede usar juntos. ¿Qué tarjeta muestra esa persona en el consultorio médico?
   *[self] Usted marcó tipos de Medicare que una persona no puede usar juntos. ¿Qué tarjeta muestra en el consultorio médico?
}
medicare-card-original = La tarjeta roja, blanca y azul de Medicare
medicare-card-advantage = La tarjeta del plan Medicare Advantage
medicare-card-not-sure = No se sabe
medicare-medigap-advantage-hint = { $who ->
    [other] Medigap solo funciona con Medicare Original. No puede pagar los costos del plan Medicare Advantage de esa persona, como los copagos, el deducible o la cuota mensual.
   *[self] Medigap solo funciona con Medicare Original. No puede pagar los costos de su plan Medicare Advantage, como los copagos, el deducible o la cuota mensual.
}
medicare-medigap-hint = { $who ->
    [other] Medigap ayuda a pagar la parte del costo que le toca a esa persona en la atención que cubre Medicare, como la terapia física. No agrega el masaje.
   *[self] Medigap ayuda a pagar su parte del costo de la atención que cubre Medicare, como la terapia física. No agrega el masaje.
}
figure-part-b-deductible = Deducible de la Parte B del año
figure-part-b-premium = Prima estándar de la Parte B, cada mes
figure-kx-threshold = Gasto en terapia a partir del cual el terapeuta agrega el modificador KX al reclamo

## Paso 6, otras opciones
alternatives-heading = ¿Qué le gustaría averiguar?
alternatives-hint = Marque las que le interesen, o "Ninguna por ahora".
alternatives-notes = Sus notas

## Paso 5, FSA / HSA
accounts-heading = { $who ->
    [other] ¿Cuáles de estas cuentas tiene esa persona?
   *[self] ¿Cuáles de estas cuentas tiene usted?
}
accounts-fsa-balance = Saldo de la FSA
accounts-hsa-balance = Saldo de la HSA
accounts-hra-balance = Saldo de la HRA
accounts-balance-hint = Por ejemplo: 1,250.00
accounts-plan-year-end = Último día del año del plan de la FSA
accounts-q-owner = ¿De quién son estas cuentas?
accounts-owner-patient = Del paciente
accounts-owner-helper = De usted, la persona que ayuda
accounts-owner-spouse = Del cónyuge del paciente
accounts-owner-age = Edad de la persona dueña el 31 de diciembre de este año
accounts-owner-age-hint = Por ejemplo: 67
accounts-q-owner-medicare = ¿La persona dueña tiene alguna parte de Medicare?
accounts-q-hsa-plan = ¿Qué plan de salud va con la HSA?
accounts-hsa-plan-employer-hdhp = Un plan de deducible alto del trabajo que califica para HSA
accounts-hsa-plan-bronze = Un plan bronce o catastrófico (cuentan desde 2026)
accounts-hsa-plan-other = Otro plan, que no califica para HSA
accounts-hsa-plan-not-sure = No se sabe
accounts-q-spouse-general-fsa = ¿El cónyuge de la persona dueña de la HSA tiene una FSA de salud de uso general?
accounts-q-fsa-kind = ¿Qué paga la FSA?
accounts-fsa-kind-general = La mayoría de los gastos médicos (uso general)
accounts-fsa-kind-limited = Solo atención dental y de la vista (uso limitado)
accounts-fsa-kind-not-sure = No se sabe
accounts-fsa-hint = { $who ->
    [other] El dinero de la FSA casi siempre se pierde si no se usa a tiempo. El plan puede dar un período de gracia o pasar una parte al año siguiente; pregunte al empleador de esa persona.
   *[self] El dinero de la FSA casi siempre se pierde si no se usa a tiempo. Su plan puede dar un período de gracia o pasar una parte al año siguiente; pregunte a su empleador.
}
accounts-lmn-heading = Carta de necesidad médica
accounts-q-lmn = ¿Tiene la cuenta una carta de necesidad médica en su archivo?
accounts-lmn-hint = { $who ->
    [other] Sin ella, estas cuentas casi nunca pagan el masaje. Consiga la carta antes de la primera sesión.
   *[self] Sin ella, estas cuentas casi nunca pagan el masaje. Consiga la carta antes de la primera sesión.
}
figure-fsa-limit = Lo máximo que puede poner en una FSA de salud
figure-fsa-carryover = Lo máximo sin usar que una FSA puede pasar de este año del plan al siguiente
figure-hsa-limit-self = Límite de la HSA, solo usted
figure-hsa-limit-family = Límite de la HSA, familia
figure-hsa-catch-up = Cantidad extra en su propia HSA si tiene 55 años o más al 31 de diciembre
figure-hdhp-min-deductible-self = Deducible más bajo de un plan con HSA, solo usted
figure-hdhp-min-deductible-family = Deducible más bajo de un plan con HSA, familia
figure-hdhp-out-of-pocket-max-self = Lo máximo que un plan con HSA le puede hacer pagar en un año, solo usted
figure-hdhp-out-of-pocket-max-family = Lo máximo que un plan con HSA le puede hacer pagar en un año, familia
figure-dpc-fee-cap-self = Cuota mensual más alta de atención primaria directa que todavía permite una HSA, una persona
figure-dpc-fee-cap-family = Cuota mensual más alta de atención primaria directa que todavía permite una HSA, familia
figure-hra-excepted-benefit-limit = Lo máximo que un empleador puede poner en una HRA de beneficios exceptuados en un año
figure-medical-deduction-floor = Gastos médicos deducibles por encima de esta parte de los ingresos
savings-heading = { $who ->
    [other] ¿Cuánto podría ahorrar esa persona?
   *[self] ¿Cuánto podría ahorrar?
}
savings-hint = Es solo un cálculo aproximado. Si paga con dinero antes de impuestos, se ahorra el impuesto que habría pagado sobre ese dinero.
savings-plan-year = El año del plan para el que hace cuentas
savings-plan-year-name = Año del plan { $year }
savings-price = Precio de una visita
savings-price-hint = Por ejemplo: 90.00
savings-visits = Visitas al año
savings-visits-hint = Por ejemplo: 24
savings-visits-hint-prescribed = Déjelo vacío para usar su receta: { $n } visitas
savings-bracket = { $who ->
    [other] La tasa de impuesto federal sobre la renta de esa persona
   *[self] Su tasa de impuesto federal sobre la renta
}
percent = { $n } %
savings-bracket-name = Tasa federal del { $n } %
savings-bracket-hint = { $who ->
    [other] La tasa aparece en la declaración de impuestos del año pasado de esa persona, o pregunte a quien le prepara los impuestos.
   *[self] Su tasa aparece en la declaración de impuestos del año pasado, o pregunte a quien le prepara los impuestos.
}
savings-state-rate = Tasa de impuesto estatal sobre la renta, en porcentaje
savings-state-rate-hint = Por ejemplo: 4.95, o 0
savings-state-rate-not-a-number = Escriba la tasa como un número, por ejemplo 4.95.
savings-state-rate-too-high = Las tasas estatales son como mucho de un 15 %. Revise el número.
savings-through-payroll = El dinero de su HSA sale de su cheque de pago
savings-through-payroll-they = El dinero de la HSA de esa persona sale de su cheque de pago
savings-hsa-family = Su HSA es para cobertura familiar
savings-hsa-family-they = La HSA de esa persona es para cobertura familiar
savings-fill-in = { $who ->
    [other] Escriba el precio, las visitas y la tasa de impuesto de esa persona para ver un cálculo.
   *[self] Escriba el precio, las visitas y su tasa de impuesto para ver un cálculo.
}
savings-cost = El masaje costaría unos { $cost } al año ({ $visits } visitas).
savings-saved = Si paga con su { $account ->
    [fsa] FSA
   *[hsa] HSA
}, ahorraría unos { $saved } al año ({ $rate } % en impuestos).
savings-capped = Solo { $amount } se puede pagar con dinero antes de impuestos, así que el cálculo llega hasta ahí.
savings-no-new-money = Pagar con la HSA no ahorra impuestos nuevos: solo se puede gastar el dinero que ya tiene.
savings-balance-capped = La HSA tiene { $amount }, así que solo puede pagar esa parte del costo.
savings-state-left-out = Este cálculo no cuenta la tasa de impuesto estatal.
savings-old-limits = Los límites de { $this_year } todavía no se han publicado, así que este cálculo usa los de { $year }; los de { $this_year } pueden ser más altos. Pregunte en su plan.

## El registro de llamadas
call-log-heading = { $who ->
    [other] Anote su llamada sobre esa persona
   *[self] Anote su llamada
}
call-print-first = Imprima la lista antes de llamar
call-blank-checklist = lista de llamada en blanco
call-start-hint = Pulse Empezar llamada cuando marque. Las preguntas salen de una en una, y todo lo que escriba se guarda.
call-start = Empezar llamada
call-rep-name = Nombre del representante
call-reference = Número de referencia
call-outcome = Resultado y próximos pasos
call-follow-up = Volver a llamar el
call-done = Terminé con esta llamada
call-times = en espera { $hold } – hablando { $talk }
call-times-on-hold = En espera – en espera { $hold } – hablando { $talk }
call-times-talking = Hablando – en espera { $hold } – hablando { $talk }
call-person-answered = Contestó una persona
call-back-on-hold = Otra vez en espera
call-end = Terminar llamada
call-question-of = Pregunta { $n } de { $total }
call-answer-name = Respuesta de la llamada: { $answer }
call-note = Lo que le dijeron
call-previous-question = Pregunta anterior
call-next-question = Pregunta siguiente
call-your-calls = Sus llamadas
call-untimed = Llamada
call-when = Llamada del { $date } a las { $time }
call-spoke-to = habló con { $name }
call-reference-is = referencia { $reference }
call-edit = Cambiar
call-edit-name = Cambiar la { $when }
call-checklist-of = lista de la { $when }

## Paso 7, su plan
plan-papers = Papeles para imprimir
plan-paper-size = Tamaño del papel
paper-size-letter = Carta (EE. UU.)
paper-size-a4 = A4
plan-everything = Todo lo que escribió
plan-change = Cambiar
plan-change-name = Cambiar { $step }
plan-not-needed = No hace falta en este caso
plan-nothing-yet = Todavía no hay nada.
plan-next = Qué hacer ahora
plan-other-options = Otras opciones, si quiere pagar menos
plan-due-today = (hoy)
plan-days-left = ({ $days ->
    [one] queda 1 día
   *[other] quedan { $days } días
})
plan-days-ago = ({ $days ->
    [one] hace 1 día
   *[other] hace { $days } días
})
plan-finish-step = Termine el paso { $n }, "{ $title }".
plan-ways-to-pay = Formas de pagar el masaje
plan-not-for-this-case = No sirven en este caso ({ $n })
verdict-likely = Probable
verdict-possible = Posible
verdict-unlikely = Poco probable
verdict-not-applicable = No aplica
row-for = Para
row-name = Nombre
row-date-of-birth = Fecha de nacimiento
row-age = Edad
row-state = Estado
row-coverage = Seguro
row-conditions = Problemas de salud
row-in-your-words = En sus palabras
row-papers = Papeles
row-written-by = Escrito por
row-their-name = Su nombre
row-dated = Fecha
row-how-often = Con qué frecuencia
row-how-often-value = { $n } por { $period }
row-how-long = Por cuánto tiempo
row-insurer = Seguro
row-phone = Teléfono
row-member-id = Número de miembro
row-group-number = Número de grupo
row-massage-covered = Cubre el masaje
row-benefit = Beneficio
row-prescription-needed = Hace falta receta
row-prior-authorization = Autorización previa
row-visits-a-year = Visitas al año
row-in-network = Terapeutas de la red
row-copay = Copago
row-coinsurance = Coseguro
row-deductible-left = Falta del deducible
row-spoke-to = Habló con
row-reference = Número de referencia
row-call-date = Fecha de la llamada
row-parts = Partes
row-advantage-plan = Plan Advantage
row-massage-benefit = Beneficio de masaje en la lista
row-medigap-plan = Plan Medigap
row-accounts = Cuentas
row-fsa-balance = Saldo de la FSA
row-plan-year-ends = Fin del año del plan de la FSA
row-hsa-balance = Saldo de la HSA
row-hra-balance = Saldo de la HRA
row-letter-on-file = Carta en el archivo
row-looking-into = Quiere averiguar
row-notes = Notas

## La guía alrededor de los pasos
sources-heading = ¿De dónde sale esto?
sources-checked = Revisado el { $date }, { $strength ->
    [official] de la fuente oficial
    [secondary] de una fuente secundaria; confírmelo con su plan
   *[unverified] práctica común, sin confirmar por una fuente oficial
}.
words-used-here = Palabras usadas aquí
explain-term = Explicar { $term }
why-this-matters = Por qué es importante
what-to-do = Qué hacer
learn-more = Para saber más
glossary = Glosario
glossary-all-words = Todas las palabras
figures-for = Cifras de { $year }
figure-value = { $value } ({ $year })
figures-older = La aplicación solo tiene cifras hasta { $older }. Las cantidades de { $year } pueden ser distintas: pregunte en su plan o al IRS.
figures-sources = ¿De dónde salen estas cifras?

## Papeles: guardar e imprimir
cancel = Cancelar
doc-checklist = Lista para la llamada
doc-checklist-what = Para tenerla a mano cuando llame a su seguro.
doc-letter = Carta para su médico
doc-letter-what = Le pide a su médico una carta de necesidad médica.
doc-letter-english = Carta para su médico, en inglés
doc-letter-english-what = La misma carta en inglés, para un médico que lee en inglés.
doc-summary = Su plan
doc-summary-what = Todas las formas de pagar, qué hacer ahora y sus llamadas.
paper-save-as-pdf = Guardar como PDF…
paper-save-as-pdf-name = Guardar como PDF… { $what }
paper-print = Imprimir
paper-print-dialog = Imprimir…
paper-printing = Imprimiendo…
paper-printed-kiosk = Ya se imprimió. Sus hojas están en la impresora.
paper-print-paused-kiosk = Sus hojas están en espera: la impresora está en pausa. Por favor, pregunte en la recepción, o llame al { $phone }.
paper-print-failed-kiosk = Sus hojas no se imprimieron. Por favor, pregunte en la recepción, o llame al { $phone }.
paper-saved = El PDF se guardó en { $path }
paper-no-file-window = Esta computadora no puede mostrar una ventana de archivos. Escriba dónde guardar el PDF.
paper-save-to = Guardar el PDF en este archivo
paper-save-pdf = Guardar PDF
paper-type-where = Escriba dónde quiere guardar el PDF.
paper-replace-heading = Ya hay un archivo con este nombre
paper-replace-text = { $path } ya existe. ¿Quiere reemplazarlo por este PDF? El archivo anterior se perderá.
paper-replace-keep = Conservar el archivo anterior
paper-replace-yes = Reemplazarlo
paper-sent = Se mandó a la impresora (trabajo { $job }). Recoja sus hojas en la impresora.
paper-print-heading = Imprimir
paper-looking = Buscando impresoras…
paper-no-printer = No hay ninguna impresora configurada en esta computadora.
paper-choose-printer = Elija una impresora
paper-default-printer = { $name } (la de siempre)
paper-sending = Mandando a la impresora…
paper-print-now = Imprimir ahora
paper-save-instead = Mejor guardar como PDF…

## El asistente alrededor de los pasos
wizard-finished = Ya terminé
wizard-all-cases = Todos los casos
wizard-blocked = Hay una respuesta en esta página que hay que corregir antes de seguir. Está marcada en rojo y todavía no se ha guardado. Corríjala o borre el campo.
wizard-back = Atrás
wizard-next = Siguiente
wizard-back-to = Atrás: { $title }
wizard-coming-up = A continuación: { $title }
wizard-next-step = Siguiente: { $title }
wizard-step-heading = Paso { $n } de { $total }: { $title }
wizard-saving = Guardando…
wizard-saved-just-now = Guardado hace un momento
wizard-saved-at = Guardado a las { $time }
wizard-not-saved = Todavía no se ha guardado
wizard-save-problem = Todavía no se ha guardado: { $problem } Sus respuestas siguen en la pantalla y se vuelve a intentar guardar cada pocos segundos.
close-unsaved-heading = Sus últimas respuestas no están guardadas
close-unsaved-text = La aplicación no pudo guardarlas: { $problem } Si la cierra ahora, esas respuestas se pierden.
close-keep-open = Dejar la aplicación abierta
close-try-again = Intentar de nuevo y cerrar
close-without-saving = Cerrar sin guardar
wizard-your-steps = Sus pasos
step-status = { $status ->
    [done] hecho
    [current] usted está aquí
    [todo] por hacer
   *[not-needed] no hace falta en este caso
}
step-map-text = { $n }. { $title } – { step-status }
step-map-name = Paso { $n }, { $title }, { step-status }

## La pantalla de inicio
app-name = Guía de cobertura de masajes
start-intro = Paso a paso, averigüe cómo conseguir que le paguen la terapia de masaje: una receta, una llamada a su seguro, Medicare y el dinero de una FSA o HSA.
start-new-case = Caso nuevo
start-import = Importar…
start-no-cases = Todavía no tiene casos guardados. Empiece un caso nuevo: toma unos diez minutos y puede parar cuando quiera. Todo se guarda en esta computadora.
start-problems = Algunos archivos no se pudieron abrir
start-problems-others-fine = Sus otros casos están bien.
start-no-file-window-open = Esta computadora no puede mostrar una ventana de archivos. Escriba dónde está el archivo.
start-no-file-window-save = Esta computadora no puede mostrar una ventana de archivos. Escriba dónde quiere guardar la copia.
start-export-heading = Exportar una copia de "{ $title }"
start-export-to = Guardar la copia en este archivo
start-save-copy = Guardar copia
start-import-from = Archivo del caso que quiere importar
start-import-this = Importar este archivo
start-this-case = este caso
start-delete-heading = ¿Borrar este caso?
start-delete-warning = "{ $title }" y todas sus respuestas se borrarán de esta computadora. No se puede deshacer.
start-keep-it = No borrar
start-delete = Borrar
start-new-case-title = Caso empezado el { $date }
start-renamed = El caso tiene un nombre nuevo.
start-copy-title = Copia de { $title }
start-copied = Se hizo una copia del caso.
start-deleted = Se borró el caso.
start-type-where = Escriba dónde quiere guardar el archivo.
start-exported = Se guardó una copia en { $path }
start-type-which = Escriba qué archivo quiere importar.
start-imported = Se importó el caso. Está al principio de la lista.
start-new-name = Nombre nuevo para este caso
start-save-name = Guardar nombre
start-for-me = Para mí
start-for-name = Para { $name }
start-for-someone = Para alguien a quien ayudo
start-case-step = Paso { $n } de { $total }: { $title } – Último cambio { $when }
start-case-plan-ready = Plan listo: todos los pasos están hechos – Último cambio { $when }
start-continue = Seguir
start-rename = Cambiar nombre
start-duplicate = Duplicar
start-export = Exportar…
start-delete-dialog = Borrar…
start-insurer = Seguro: { $name }
start-no-insurance = Sin seguro médico
start-title-mine = Mi caso
start-title-mine-about = Mi caso: { $condition }
start-title-about = Caso: { $condition }
start-title-for = Para { $who }
start-title-someone = Para alguien a quien ayudo
start-title-who-about = { $who }: { $condition }
start-title-sciatica = ciática
start-title-repetitive-strain = lesión por esfuerzo repetitivo
start-title-after-surgery = recuperación después de una cirugía
start-title-sports-injury = lesión deportiva
start-title-concussion = conmoción cerebral
start-title-low-back-pain = dolor en la parte baja de la espalda
start-title-neck-pain = dolor de cuello
short-date = { $day } { $month } { $year }
month-jan = ene
month-feb = feb
month-mar = mar
month-apr = abr
month-may = may
month-jun = jun
month-jul = jul
month-aug = ago
month-sep = sept
month-oct = oct
month-nov = nov
month-dec = dic
when-today = hoy a las { $time }
when-yesterday = ayer

## El quiosco de la recepción
kiosk-intro = Averigüe, paso a paso, cómo conseguir que le paguen la terapia de masaje.
kiosk-privacy = Sus respuestas se quedan solo en esta pantalla y se borran cuando termine.
kiosk-printer-paused = Para la recepción: la impresora "{ $printer }" está en pausa. Las hojas esperarán en su cola hasta que se vuelva a poner en marcha.
kiosk-printer-missing = Para la recepción: no se puede llegar a la impresora "{ $printer }". No se podrá imprimir hasta que se configure.
kiosk-start = Empezar
kiosk-questions = ¿Preguntas? Pregunte en la recepción o llame al { $phone }.
kiosk-before-you-go = Antes de irse
kiosk-print-papers = ¿Quiere que le imprimamos sus papeles? Salen por la impresora.
kiosk-print-checklist = Imprimir la lista para la llamada
kiosk-print-letter = Imprimir la carta para su médico
kiosk-print-summary = Imprimir el plan
kiosk-clear-and-finish = Borrar mis respuestas y terminar
kiosk-back-to-answers = Volver a mis respuestas
kiosk-more-time = ¿Necesita más tiempo?
kiosk-cleared-in = Sus respuestas se borrarán en { $n } segundos.
kiosk-yes-more-time = Sí, más tiempo
kiosk-staff-exit = Salida del personal
kiosk-staff-pin = PIN del personal
kiosk-pin-locked = Demasiados PIN incorrectos. Vuelva a intentarlo en { $n } segundos.
kiosk-exit = Salir del quiosco
kiosk-pin-wrong = Ese PIN no es correcto.

## Tamaño del texto y contraste, arriba en cada pantalla
settings-text-size = Tamaño del texto
settings-smaller = Texto más pequeño
settings-larger = Texto más grande
settings-high-contrast = Alto contraste

## Qué falla en una respuesta, debajo de su campo. Los números llegan ya escritos ("10,000").
input-date-format = Escriba la fecha como mes/día/año, por ejemplo 03/14/1961.
input-four-digit-year = Escriba el año con sus cuatro cifras, por ejemplo 1961.
input-no-such-month = No existe el mes { $month }. Los meses van del 1 al 12.
input-year-too-early = Por favor, revise el año: { $year } es demasiado antiguo.
input-day-zero = No existe el día 0. Los días empiezan en el 1.
input-days-in-month = En { $month } solo hay { $last } días.
input-days-in-month-of-year = En { $month } de { $year } solo hay { $last } días.
input-future-date = Esa fecha todavía no ha llegado. Por favor, revísela.
input-money-numbers-only = Use solo números, por ejemplo 1,250.00.
input-money-cents = Use como máximo dos cifras para los centavos, por ejemplo 12.50.
input-money-negative = Escriba una cantidad de cero o más.
input-money-too-large = Esa cantidad parece demasiado grande. Por favor, revísela.
input-phone-letters = Las letras después del número no son parte de él. Para una extensión, escriba ext. y sus números, como 800-555-0123 ext. 12.
input-phone-symbols = Escriba el número de teléfono solo con cifras, por ejemplo 800-555-0123.
input-phone-extension = Escriba la extensión con cifras después de ext., por ejemplo ext. 123.
input-phone-not-us = Parece un número de fuera de Estados Unidos. Escriba un número de Estados Unidos de 10 cifras.
input-phone-no-digits = Escriba las 10 cifras del número de teléfono, por ejemplo 800-555-0123.
input-phone-digit-count = Un número de teléfono de Estados Unidos tiene 10 cifras; este tiene { $count }.
input-too-long = Este texto tiene { $count } { $n ->
    [one] carácter
   *[other] caracteres
} y aquí caben como máximo { $max }. Por favor, acórtelo.
input-whole-number = Escriba un número entero, por ejemplo 12.
input-out-of-range = Escriba un número del { $min } al { $max }.
month-name-january = enero
month-name-february = febrero
month-name-march = marzo
month-name-april = abril
month-name-may = mayo
month-name-june = junio
month-name-july = julio
month-name-august = agosto
month-name-september = septiembre
month-name-october = octubre
month-name-november = noviembre
month-name-december = diciembre

## Problemas con los archivos de los casos y de ajustes. $path (o $id) va siempre al final; $reason sigue a "porque".
store-read = No se pudo leer el archivo del caso porque { $reason }. Compruebe que el archivo está ahí y que tiene permiso para abrirlo: { $path }
store-write = No se pudo guardar en el disco porque { $reason }. Compruebe que queda espacio libre y que tiene permiso para escribir ahí, y vuelva a intentarlo: { $path }
store-folder = No se pudo abrir la carpeta de los casos guardados porque { $reason }. Compruebe que tiene permiso para escribir ahí, o elija otra carpeta: { $path }
store-parse = Este archivo no es un archivo de caso que esta aplicación pueda leer ({ $problem }). Puede estar dañado; pruebe con otra copia: { $path }
store-parse-ends-early = el archivo termina antes de tiempo
store-parse-at = hay un problema en la línea { $line }, columna { $column }
store-parse-no-format = no tiene un número de formato válido
store-parse-not-text = no es un archivo de texto
store-newer = Este caso se guardó con una versión más nueva de esta aplicación (formato { $found }; esta versión conoce hasta el { $known }). Actualice la aplicación para abrirlo: { $path }
store-not-found = No hay ningún caso guardado con este código; puede que se haya borrado: { $id }
store-too-large = Este archivo es demasiado grande para ser un archivo de caso (más de { $megabytes } MB), así que no se abrió. Elija el archivo del caso que guardó o exportó: { $path }
store-invalid-id = Este caso no tiene un nombre de archivo válido, así que no se guardó. Dele un código nuevo y vuelva a intentarlo, o informe de este error.
store-serialize = No se pudo convertir el caso en texto ({ $problem }). Por favor, informe de este error.
store-io-not-found = no existe
store-io-permission = no tiene permiso
store-io-disk-full = el disco está lleno
store-io-quota = se acabó el espacio que tiene asignado en el disco
store-io-read-only = el disco es de solo lectura
store-io-is-a-folder = es una carpeta, no un archivo
store-io-not-a-folder = una parte de la ruta es un archivo, no una carpeta
store-io-already-exists = ya hay algo con ese nombre
store-io-too-large = el archivo es demasiado grande
store-io-other = hubo un error del sistema ({ $error })

## Problemas al imprimir y al hacer el PDF. $problem es lo que dijo el sistema.
print-not-installed = No se puede imprimir: CUPS no está instalado en esta computadora. Guarde el PDF e imprímalo desde otro programa.
print-not-running = No se puede imprimir: el servicio de impresión CUPS no está en marcha. Póngalo en marcha, o guarde el PDF e imprímalo desde otro programa.
print-no-printer = No hay ninguna impresora configurada en esta computadora, o ninguna está elegida como la de siempre. Elija una impresora, o guarde el PDF e imprímalo desde otro programa.
print-unknown-printer = La impresora "{ $name }" no existe en esta computadora. Elija otra impresora, o guarde el PDF e imprímalo desde otro programa.
print-paused = La impresora "{ $name }" está en pausa, así que el documento espera en su cola ({ $job }). Vuelva a poner en marcha la impresora, o guarde el PDF e imprímalo desde otro programa.
print-refused = La impresora no aceptó el documento ({ $problem }). Guarde el PDF e imprímalo desde otro programa.
print-io = No se pudo comunicar con el servicio de impresión ({ $problem }). Guarde el PDF e imprímalo desde otro programa.
pdf-font = No se pudo leer la letra incorporada { $name }, así que no se hizo el PDF. Por favor, informe de este error.
pdf-failed = No se pudo hacer el PDF ({ $reason }). Por favor, informe de este error.

## Archivos de la carpeta de casos que no se pudieron mostrar, y un archivo de ajustes que no se usó. $path va al final.
listing-not-a-case-name = Hay un archivo en la carpeta de casos que no tiene nombre de archivo de caso, así que no se tocó: { $path }
listing-folder-named-like-a-case = Hay una carpeta dentro de la carpeta de casos con nombre de archivo de caso, así que no se tocó: { $path }
listing-newer = Un caso guardado viene de una versión más nueva de esta aplicación, así que no se tocó. Actualice la aplicación para abrirlo: { $path }
listing-moved-aside = No se pudo leer un caso guardado porque su archivo está dañado. Se apartó para que no se pierda nada, y el personal puede revisarlo: { $path }
listing-not-moved-aside = No se pudo leer un caso guardado porque su archivo está dañado, y no se pudo apartar. { $problem }
settings-set-aside = Su archivo de ajustes estaba dañado, así que la aplicación empezó con los ajustes de siempre. Se guardó el archivo viejo: { $path }
settings-not-set-aside = Su archivo de ajustes estaba dañado y no se pudo apartar porque { $reason }: { $path }

## Ventanas de archivos
files-save-case-title = Guardar una copia del caso
files-open-case-title = Abrir un archivo de caso
files-case-kind = Archivo de caso
files-save-pdf-title = Guardar el PDF
files-pdf-kind = Documento PDF
